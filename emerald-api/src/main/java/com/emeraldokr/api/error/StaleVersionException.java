package com.emeraldokr.api.error;

/** An edit was based on a version someone else has already changed; REST answers 409. */
public class StaleVersionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String field, String message) {
        super(field, message);
    }
}
