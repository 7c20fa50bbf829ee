package com.atlassian.applinks.api;

import java.net.URI;

// Mirrors com.atlassian.applinks:applinks-api 10.0.x (Confluence 9.2 / Platform 7); only the members Emerald calls.
public class CredentialsRequiredException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
