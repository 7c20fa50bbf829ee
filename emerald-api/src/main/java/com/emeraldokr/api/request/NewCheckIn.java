package com.emeraldokr.api.request;

import java.math.BigDecimal;

/**
 * Request to record a key result's value. {@code at} (ISO-8601, optional) back-dates the check-in to
 * when the value was true; it defaults to now and may not lie in the future.
 */
public record NewCheckIn(BigDecimal value, Integer confidence, String note, String at) {

    public NewCheckIn(BigDecimal value, Integer confidence, String note) {
        this(value, confidence, note, null);
    }
}
