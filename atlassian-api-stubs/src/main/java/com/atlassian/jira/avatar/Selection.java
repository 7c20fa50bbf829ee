package com.atlassian.jira.avatar;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.avatar.Selection (public final class), as declared in jira-api 7.x, 8.20.30 and 11.3.6; Emerald passes null.
// Usage seen in public plugins compiled against jira-api: null passed as the Selection of AvatarManager.create.
public final class Selection {

    public Selection(int x, int y, int width, int height) {
    }
}
