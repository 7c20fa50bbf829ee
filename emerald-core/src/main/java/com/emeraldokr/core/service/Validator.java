package com.emeraldokr.core.service;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem of a request so the caller hears about all of them at once. */
final class Validator {

    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_UNIT_LENGTH = 32;
    static final int MAX_NOTE_LENGTH = 4000;
    /** Jira keys are far shorter; anything longer is not a key and is refused before any lookup. */
    static final int MAX_ISSUE_KEY_LENGTH = 255;
    /** Decimal digits a metric may carry; keeps values exact and storable on every database. */
    static final int MAX_DIGITS = 30;

    private final Messages messages;
    private final List<FieldError> errors = new ArrayList<>();

    Validator(Messages messages) {
        this.messages = messages;
    }

    void reject(String field, String key, Object... args) {
        errors.add(new FieldError(field, messages.text(key, args)));
    }

    boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            reject(field, "emerald.error.required");
        }
        return present;
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "emerald.error.too.long", max);
        }
    }

    boolean decimal(String field, BigDecimal value) {
        if (!required(field, value)) {
            return false;
        }
        if (value.precision() > MAX_DIGITS || value.scale() > 10 || value.scale() < -MAX_DIGITS) {
            reject(field, "emerald.error.number.range");
            return false;
        }
        return true;
    }

    /** A Jira project key as Jira allows it: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /** Rejects a present value that is no Jira project key; {@code given} is what the user wrote, for the message. */
    void projectKey(String field, String value, String given) {
        if (value != null && !PROJECT_KEY.matcher(value).matches()) {
            reject(field, "emerald.error.project.key", given);
        }
    }

    /** A request without a body cannot be checked field by field; refuse it at once. */
    void requireBody(Object request) {
        if (request == null) {
            reject("", "emerald.error.body.missing");
            throwIfInvalid();
        }
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
