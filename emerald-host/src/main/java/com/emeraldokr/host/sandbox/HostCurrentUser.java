package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.host.auth.HostAuthenticationContext;
import com.emeraldokr.host.auth.HostUser;

import java.util.Optional;

/** The user the request is from, by user key, as Jira's authentication context answers it. */
public final class HostCurrentUser implements CurrentUser {

    /** The demo's Jira administrator, who also owns some of the demo's key results. */
    public static final String USER_KEY = "admin";

    private final HostAuthenticationContext authentication;

    public HostCurrentUser(HostAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Optional<String> userKey() {
        return authentication.user().map(HostUser::key);
    }
}
