package com.emeraldokr.core.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a cycle runs, classified from its inclusive dates: a month (28–31 days), a quarter
 * (89–92), a half year (181–184), a year (365–366), or any other number of days. At most one cycle
 * of each length is active at a time, so "the current quarter" and "the current year" each name one
 * cycle; two custom cycles share a length only when they last the same number of days.
 */
public record CycleLength(Kind kind, long days) {

    public enum Kind {
        MONTH(28, 31), QUARTER(89, 92), HALF_YEAR(181, 184), YEAR(365, 366), CUSTOM(1, Long.MAX_VALUE);

        private final long minDays;
        private final long maxDays;

        Kind(long minDays, long maxDays) {
            this.minDays = minDays;
            this.maxDays = maxDays;
        }

        boolean fits(long days) {
            return days >= minDays && days <= maxDays;
        }
    }

    public CycleLength {
        Objects.requireNonNull(kind, "kind");
        if (days < 1) {
            throw new IllegalArgumentException("a cycle lasts at least one day, not " + days);
        }
        if (!kind.fits(days)) {
            throw new IllegalArgumentException(kind + " does not last " + days + " days");
        }
    }

    /** The length of a cycle from {@code start} to {@code end}, both days included. */
    public static CycleLength of(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("cycle end " + end + " is before its start " + start);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CUSTOM && kind.fits(days)) {
                return new CycleLength(kind, days);
            }
        }
        return new CycleLength(Kind.CUSTOM, days);
    }

    public static CycleLength of(Cycle cycle) {
        return of(cycle.start(), cycle.end());
    }

    /** Whether two cycles count as the same length: the same kind, and for custom cycles the same number of days. */
    public boolean sameAs(CycleLength other) {
        return kind == other.kind && (kind != Kind.CUSTOM || days == other.days);
    }

    /** A stable name of the length class: the kind, or {@code CUSTOM_45} for a 45-day custom cycle. */
    public String key() {
        return kind == Kind.CUSTOM ? "CUSTOM_" + days : kind.name();
    }

    /**
     * The active cycle, other than {@code candidate}, that has the length {@code candidate} would have
     * with the given dates; activating (or re-dating an active) {@code candidate} would make it a second
     * active cycle of that length. The earliest such cycle when the data already holds several.
     */
    public static Optional<Cycle> activeRival(Cycle candidate, Collection<Cycle> cycles) {
        CycleLength length = of(candidate);
        return cycles.stream()
                .filter(c -> c.id() != candidate.id() && c.state() == CycleState.ACTIVE && of(c).sameAs(length))
                .min(Comparator.comparing(Cycle::start).thenComparingLong(Cycle::id));
    }
}
