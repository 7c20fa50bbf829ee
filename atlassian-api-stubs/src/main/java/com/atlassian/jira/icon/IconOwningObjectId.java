package com.atlassian.jira.icon;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.icon.IconOwningObjectId (class constructed with new IconOwningObjectId(String)), as declared in jira-api 7.x, 8.20.30 and 11.3.6.
// Usage seen in public plugins compiled against jira-api: new IconOwningObjectId(String) passed to
// AvatarManager.create(fileName, contentType, IconType, IconOwningObjectId, bytes, Selection); a static
// IconOwningObjectId.from(long) also exists there (not declared here).
public class IconOwningObjectId {

    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
