package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The done share of the work under a key result's epics, by issue count or by story points. Issues
 * without an estimate are never silently dropped: the policy says what happens to them and
 * {@link #unestimated()} lists them so the UI can ask for estimates.
 */
public record WorkCompletion(Measure measure, BigDecimal done, BigDecimal total, Progress share, int issues,
                             List<String> unestimated) {

    public enum Measure {
        ISSUE_COUNT, STORY_POINTS
    }

    /** What story-point completion does with unestimated issues. */
    public enum UnestimatedPolicy {
        /** Leave them out of done and total. */
        EXCLUDE,
        /** Count each as the mean estimate of the estimated ones (as one point when none is estimated). */
        COUNT_AS_MEAN
    }

    public WorkCompletion {
        unestimated = List.copyOf(unestimated);
    }

    /** Completion of the given issues; an issue listed twice counts once. */
    public static WorkCompletion of(Collection<WorkItem> items, Measure measure, UnestimatedPolicy policy) {
        Map<String, WorkItem> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.putIfAbsent(i.key(), i));
        List<String> unestimated = new ArrayList<>();
        byKey.values().stream().filter(i -> i.storyPoints() == null).forEach(i -> unestimated.add(i.key()));
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal fill = measure == Measure.STORY_POINTS && policy == UnestimatedPolicy.COUNT_AS_MEAN
                ? meanEstimate(byKey.values()) : BigDecimal.ZERO;
        for (WorkItem item : byKey.values()) {
            BigDecimal size = switch (measure) {
                case ISSUE_COUNT -> BigDecimal.ONE;
                case STORY_POINTS -> item.storyPoints() != null ? item.storyPoints() : fill;
            };
            total = total.add(size);
            if (item.done()) {
                done = done.add(size);
            }
        }
        Progress share = total.signum() == 0 ? Progress.NONE : new Progress(done.divide(total, MathContext.DECIMAL64));
        return new WorkCompletion(measure, done, total, share, byKey.size(), unestimated);
    }

    private static BigDecimal meanEstimate(Collection<WorkItem> items) {
        List<BigDecimal> estimates = items.stream().map(WorkItem::storyPoints).filter(p -> p != null).toList();
        if (estimates.isEmpty()) {
            return BigDecimal.ONE;
        }
        return estimates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(estimates.size()), MathContext.DECIMAL64);
    }
}
