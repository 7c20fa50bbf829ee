package com.atlassian.sal.api.net;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
