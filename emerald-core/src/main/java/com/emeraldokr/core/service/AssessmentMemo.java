package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.ObjectiveAssessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last assessment of each cycle, reused while its inputs are equal and it is less than a minute old.
 * Assessing a cycle's objectives is most of a dashboard read's work, and a dashboard of many managers
 * asks for the same cycle many times a second. The inputs (rows, epic work, links, teams, settings) are
 * read fresh on every request and compared, so any write is seen at once; only the clock's effect
 * (the expected-progress line, staleness) may lag, by at most {@link #FRESH_FOR}.
 */
final class AssessmentMemo {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** More cycles than anyone shows at once: past it, the memo starts again rather than grow. */
    private static final int MAX_CYCLES = 32;

    private record Entry(Object inputs, Instant at, Map<Long, ObjectiveAssessment> assessed) {
    }

    private final Map<Long, Entry> byCycle = new ConcurrentHashMap<>();

    /**
     * The memo's assessment of the cycle when it was made from equal {@code inputs} within the last minute
     * (and not after {@code now}), otherwise {@code assess}'s, which is kept.
     */
    Map<Long, ObjectiveAssessment> get(long cycleId, Object inputs, Instant now, Supplier<Map<Long, ObjectiveAssessment>> assess) {
        Entry last = byCycle.get(cycleId);
        if (last != null && !now.isBefore(last.at()) && now.isBefore(last.at().plus(FRESH_FOR)) && last.inputs().equals(inputs)) {
            return last.assessed();
        }
        // shared by concurrent readers: unmodifiable, in the assessment's own order
        Map<Long, ObjectiveAssessment> assessed = Collections.unmodifiableMap(new LinkedHashMap<>(assess.get()));
        if (byCycle.size() >= MAX_CYCLES) {
            byCycle.clear();
        }
        byCycle.put(cycleId, new Entry(inputs, now, assessed));
        return assessed;
    }
}
