package com.emeraldokr.core.domain;

import java.util.Objects;

/** Progress, score, grade and status of one key result or objective at a moment. */
public record Assessment(Progress progress, Grade grade, OkrStatus status) {

    public Assessment {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(status, "status");
    }

    /** On Google's 0.0–1.0 scale the score is the progress itself. */
    public Progress score() {
        return progress;
    }
}
