package com.atlassian.jira.icon;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.icon.IconType (public class, not final; ISSUE_TYPE_ICON_TYPE is a static field of its own type), as declared in jira-api 7.x, 8.20.30 and 11.3.6.
// Usage seen in public plugins compiled against jira-api: IconType.ISSUE_TYPE_ICON_TYPE passed to
// AvatarManager.create(...) and getAllSystemAvatars(...).
public class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    protected IconType() {
    }
}
