package com.emeraldokr.core.service;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every problem of a request so the caller hears about all of them at once. The field
 * rules shared by every entity (required, lengths, numbers, dates, enums) live here; each entity's
 * own rules live in its validator, which create, edit and restore all use.
 */
public final class Validator {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_UNIT_LENGTH = 32;
    public static final int MAX_NOTE_LENGTH = 4000;
    /** Jira keys are far shorter; anything longer is not a key and is refused before any lookup. */
    public static final int MAX_ISSUE_KEY_LENGTH = 255;
    /** Decimal digits a metric may carry; keeps values exact and storable on every database. */
    public static final int MAX_DIGITS = 30;
    /** Digits before the decimal point: the plain text of any accepted number fits the 48-character columns. */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 10;
    /** The first and last day a date, time or period may fall on: anything outside is a typo, and would not fit the columns. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    /** A Jira project key as Jira allows it: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private final Messages messages;
    private final List<FieldError> errors = new ArrayList<>();

    public Validator(Messages messages) {
        this.messages = messages;
    }

    public void reject(String field, String key, Object... args) {
        errors.add(new FieldError(field, messages.text(key, args)));
    }

    public boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            reject(field, "emerald.error.required");
        }
        return present;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "emerald.error.too.long", max);
        }
    }

    public boolean decimal(String field, BigDecimal value) {
        if (!required(field, value)) {
            return false;
        }
        if (value.precision() > MAX_DIGITS || value.scale() > MAX_FRACTION_DIGITS
                || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            reject(field, "emerald.error.number.range", MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
            return false;
        }
        return true;
    }

    /** A number that may be left out; when given, it obeys {@link #decimal}. */
    public boolean optionalDecimal(String field, BigDecimal value) {
        return value == null || decimal(field, value);
    }

    /** A number written as text (the backup document's form); null after recording the problem. */
    public BigDecimal decimalText(String field, String value, boolean isRequired) {
        if (value == null) {
            if (isRequired) {
                required(field, null);
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            return decimal(field, d) ? d : null;
        } catch (NumberFormatException e) {
            reject(field, "emerald.error.backup.number", value);
            return null;
        }
    }

    /** A required ISO date ({@code 2026-10-01}); null after recording the problem. */
    public LocalDate date(String field, String value) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return inRange(field, LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            reject(field, "emerald.error.date.format", value);
            return null;
        }
    }

    /** An optional ISO date: absent or blank is null, like a date that broke a rule (which is recorded). */
    public LocalDate optionalDate(String field, String value) {
        return value == null || value.isBlank() ? null : date(field, value);
    }

    /** The date when it lies from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}; null after recording that it does not. */
    public LocalDate inRange(String field, LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            reject(field, "emerald.error.date.range", EARLIEST_DATE.toString(), LATEST_DATE.toString());
            return null;
        }
        return date;
    }

    /** An ISO instant ({@code 2026-10-01T09:00:00Z}); null after recording the problem. */
    public Instant instant(String field, String value, boolean isRequired) {
        if (value == null || value.isBlank()) {
            if (isRequired) {
                required(field, value);
            }
            return null;
        }
        try {
            Instant instant = Instant.parse(value.strip());
            return inRange(field, LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC)) == null ? null : instant;
        } catch (DateTimeException e) {
            reject(field, "emerald.error.backup.instant", value);
            return null;
        }
    }

    /** One of an enum's names, any case; null after recording the problem with the allowed names. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            reject(field, "emerald.error.enum", value, allowed);
            return null;
        }
    }

    /** A required enum value: absent is "required", unknown names the allowed values. */
    public <E extends Enum<E>> E requiredEnum(String field, String value, Class<E> type) {
        return required(field, value) ? enumValue(field, value, type) : null;
    }

    /** Rejects a present value that is no Jira project key; {@code given} is what the user wrote, for the message. */
    public void projectKey(String field, String value, String given) {
        if (value != null && !PROJECT_KEY.matcher(value).matches()) {
            reject(field, "emerald.error.project.key", given);
        }
    }

    /** A request without a body cannot be checked field by field; refuse it at once. */
    public void requireBody(Object request) {
        if (request == null) {
            reject("", "emerald.error.body.missing");
            throwIfInvalid();
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * An id from a query string: absent is null, anything but a positive number is refused at once
     * with {@code field} named.
     */
    public static Long optionalId(Messages messages, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number that is not positive
        }
        throw new ValidationException(List.of(new FieldError(field, messages.text("emerald.error.id.format", value))));
    }

    /**
     * What to tell a user about an exception from a step: the product's own words when it refused
     * ({@code refused}), else a generic reason, because an unexpected exception's message can carry SQL
     * or class names; the exception itself goes to the server log.
     */
    public static String reason(Messages messages, RuntimeException e, boolean refused) {
        return refused && e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : messages.text("emerald.error.step.unexpected");
    }
}
