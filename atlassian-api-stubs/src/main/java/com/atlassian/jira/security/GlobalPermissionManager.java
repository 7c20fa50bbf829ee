package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: jira-api source of GlobalPermissionManager (hasPermission(GlobalPermissionKey, ApplicationUser),
// since 6.2.5; system administrators also hold ADMINISTER).
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
