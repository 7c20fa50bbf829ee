package com.atlassian.applinks.api;

import java.net.URI;

// Mirrors com.atlassian.applinks:applinks-api 10.0.x (Confluence 9.2 / Platform 7); only the members Emerald calls.
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
