package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.security.GlobalPermissionManager (interface; hasPermission(GlobalPermissionKey,
// ApplicationUser) since 6.2.5; system administrators also hold ADMINISTER).
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
