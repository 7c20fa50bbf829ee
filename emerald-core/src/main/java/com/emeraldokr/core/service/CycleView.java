package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.Cycle;

import java.time.Instant;

/** A cycle as REST and the gadgets show it. */
public record CycleView(long id, String name, String start, String end, String timeZone, String state,
                        int elapsedPercent, long daysLeft) {

    static CycleView of(Cycle cycle, Instant now) {
        return new CycleView(cycle.id(), cycle.name(), cycle.start().toString(), cycle.end().toString(),
                cycle.zone().getId(), cycle.state().name(),
                (int) Math.round(cycle.elapsedShare(now) * 100), cycle.daysLeft(now));
    }
}
