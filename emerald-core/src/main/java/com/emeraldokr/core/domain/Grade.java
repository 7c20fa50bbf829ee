package com.emeraldokr.core.domain;

/**
 * Colour band of a 0.0–1.0 score. Half-open bands: by default red below 0.4, yellow below 0.7, green
 * from 0.7 (the published 0.0–0.3 / 0.4–0.6 / 0.7–1.0 bands leave gaps between them); administrators
 * may move both edges ({@link GradeBands}).
 */
public enum Grade {
    RED, YELLOW, GREEN;

    /** The grade under the default bands. */
    public static Grade of(Progress score) {
        return GradeBands.DEFAULTS.gradeOf(score);
    }
}
