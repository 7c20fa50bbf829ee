package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.CurrentUser;

import java.util.Optional;

/** The host has one user, the demo administrator, like a fresh Jira from the SDK. */
public final class HostCurrentUser implements CurrentUser {

    public static final String USER_KEY = "admin";

    @Override
    public Optional<String> userKey() {
        return Optional.of(USER_KEY);
    }
}
