package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.ObjectiveAssessment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentMemoTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

    private final AssessmentMemo memo = new AssessmentMemo();
    private final AtomicInteger assessments = new AtomicInteger();
    private final Supplier<Map<Long, ObjectiveAssessment>> assess = () -> {
        assessments.incrementAndGet();
        return Map.of();
    };

    @Test
    void equalInputsWithinAMinuteAreAssessedOnce() {
        memo.get(7, List.of("rows", 1), NOW, assess);
        memo.get(7, List.of("rows", 1), NOW.plusSeconds(59), assess);
        assertThat(assessments).hasValue(1);
    }

    @Test
    void changedInputsAnotherCycleALaterMinuteOrAnEarlierClockAreAssessedAgain() {
        memo.get(7, List.of("rows", 1), NOW, assess);
        memo.get(7, List.of("rows", 2), NOW, assess);
        assertThat(assessments).as("a write changed the rows").hasValue(2);
        memo.get(8, List.of("rows", 2), NOW, assess);
        assertThat(assessments).as("another cycle").hasValue(3);
        memo.get(7, List.of("rows", 2), NOW.plus(AssessmentMemo.FRESH_FOR), assess);
        assertThat(assessments).as("a minute on").hasValue(4);
        memo.get(7, List.of("rows", 2), NOW.minus(Duration.ofSeconds(1)), assess);
        assertThat(assessments).as("a clock that went back").hasValue(5);
    }
}
