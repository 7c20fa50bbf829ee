package com.emeraldokr.core.service;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of a list a read returns: {@code limit} items from position {@code start}. Dashboard
 * reads are sized to what an item shows, so the limit has a default and a ceiling.
 */
public record PageWindow(int start, int limit) {

    /** The items a dashboard item lists when it does not say. */
    public static final int DEFAULT_LIMIT = 20;
    /** The most items one read returns. */
    public static final int MAX_LIMIT = 200;
    /** Everything there is, up to the ceiling. */
    public static final PageWindow FIRST_MAX = new PageWindow(0, MAX_LIMIT);

    public PageWindow {
        if (start < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("start " + start + " and limit " + limit + " are out of range");
        }
    }

    /**
     * The window a query string asks for: {@code start} 0 and {@code limit} {@value #DEFAULT_LIMIT} when absent;
     * anything but a whole number in range is refused with the field named.
     */
    public static PageWindow of(Messages messages, String start, String limit) {
        return of(messages, start, limit, DEFAULT_LIMIT);
    }

    /** Like {@link #of(Messages, String, String)}, with {@code defaultLimit} items when the limit is absent. */
    public static PageWindow of(Messages messages, String start, String limit, int defaultLimit) {
        List<FieldError> errors = new ArrayList<>();
        int from = number(start, 0, 0, Integer.MAX_VALUE, "start", messages, errors);
        int size = number(limit, defaultLimit, 1, MAX_LIMIT, "limit", messages, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageWindow(from, size);
    }

    private static int number(String value, int absent, int min, int max, String field, Messages messages,
                              List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        errors.add(new FieldError(field, messages.text("emerald.error.page." + field, min, max)));
        return absent;
    }

    /** The part of {@code items} this window covers. */
    public <T> List<T> of(List<T> items) {
        int from = Math.min(start, items.size());
        return items.subList(from, Math.min(items.size(), from + limit));
    }
}
