package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One reading of a key result's metric, with the owner's confidence (0–10) of reaching the target. */
public record CheckIn(Instant at, BigDecimal value, int confidence, String note, String author) {

    public static final int MIN_CONFIDENCE = 0;
    public static final int MAX_CONFIDENCE = 10;

    public CheckIn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(value, "value");
        if (confidence < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE) {
            throw new IllegalArgumentException("confidence must be between 0 and 10, got " + confidence);
        }
        note = note == null ? "" : note;
    }
}
