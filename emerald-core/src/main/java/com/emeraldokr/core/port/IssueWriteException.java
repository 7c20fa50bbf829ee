package com.emeraldokr.core.port;

/** The product refused an issue change; the message carries its reasons, in the user's language. */
public class IssueWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IssueWriteException(String message) {
        super(message);
    }
}
