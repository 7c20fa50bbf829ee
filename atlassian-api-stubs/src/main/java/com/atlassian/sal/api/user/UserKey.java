package com.atlassian.sal.api.user;

import java.io.Serializable;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
