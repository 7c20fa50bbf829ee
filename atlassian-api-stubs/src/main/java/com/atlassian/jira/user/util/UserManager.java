package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.user.util.UserManager (interface); getUserByKey returns
// ApplicationUser (null for an unknown key), as declared since jira-api 6.0; only the members Emerald calls.
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
