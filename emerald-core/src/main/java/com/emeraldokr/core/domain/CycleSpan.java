package com.emeraldokr.core.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The dates of a cycle before it is stored: a name and an inclusive date range in a time zone. */
public record CycleSpan(String name, LocalDate start, LocalDate end, ZoneId zone) {

    public CycleSpan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("cycle end " + end + " is before its start " + start);
        }
    }

    public Cycle toCycle(long id, CycleState state) {
        return new Cycle(id, name, start, end, zone, state);
    }
}
