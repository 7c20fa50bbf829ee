package com.emeraldokr.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time box for OKRs, usually a quarter. Dates are calendar dates in the cycle's own time zone;
 * the end date is inclusive (a quarter ending 31 December runs until midnight starting 1 January).
 */
public record Cycle(long id, String name, LocalDate start, LocalDate end, ZoneId zone, CycleState state) {

    public Cycle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(state, "state");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("cycle end " + end + " is before its start " + start);
        }
    }

    public Instant startsAt() {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endsAt() {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Share of the cycle passed at {@code now}: exactly 0 before the start and exactly 1 after the end. */
    public double elapsedShare(Instant now) {
        Instant from = startsAt();
        Instant to = endsAt();
        if (!now.isAfter(from)) {
            return 0.0;
        }
        if (!now.isBefore(to)) {
            return 1.0;
        }
        return (double) Duration.between(from, now).toMillis() / Duration.between(from, to).toMillis();
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt());
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt());
    }

    /** Whole days from {@code now} until the cycle ends; 0 once it has ended. */
    public long daysLeft(Instant now) {
        if (hasEnded(now)) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = today.isBefore(start) ? start : today;
        return Duration.between(from.atStartOfDay(zone), end.plusDays(1).atStartOfDay(zone)).toDays();
    }

    public boolean contains(Instant instant) {
        return hasStarted(instant) && !hasEnded(instant);
    }
}
