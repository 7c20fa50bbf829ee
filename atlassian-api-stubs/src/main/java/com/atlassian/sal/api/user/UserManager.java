package com.atlassian.sal.api.user;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface UserManager {

    UserKey getRemoteUserKey();
}
