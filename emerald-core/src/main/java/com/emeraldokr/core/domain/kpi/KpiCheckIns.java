package com.emeraldokr.core.domain.kpi;

import com.emeraldokr.core.domain.CheckIn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The check-ins of a key result measured by a KPI ("move KPI X from a to b this quarter"): the KPI's
 * measurements whose periods overlap the key result's cycle, in period order. The metric is kept once, as
 * the KPI's measurements; the key result reads them. A check-in is dated when its value was known: the
 * end of its period, or when it was recorded if that was earlier, and never before the period began.
 * A measurement says nothing about confidence, so a derived check-in carries the neutral middle.
 */
public final class KpiCheckIns {

    /** Confidence of a check-in that comes from a measurement. */
    public static final int NEUTRAL_CONFIDENCE = 5;

    /** A measurement as a key result reads it. */
    public record Reading(KpiMeasurement measurement, Instant recordedAt, String note, String author) {

        public Reading {
            Objects.requireNonNull(measurement, "measurement");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    private KpiCheckIns() {
    }

    /** The readings of periods overlapping [{@code cycleStart}, {@code cycleEnd}] as check-ins, oldest first. */
    public static List<CheckIn> inCycle(Collection<Reading> readings, LocalDate cycleStart, LocalDate cycleEnd, ZoneId zone) {
        return readings.stream()
                .filter(r -> !r.measurement().period().start().isAfter(cycleEnd)
                        && !r.measurement().period().end().isBefore(cycleStart))
                .sorted(Comparator.comparing((Reading r) -> r.measurement().period()))
                .map(r -> new CheckIn(dated(r, zone), r.measurement().value(), NEUTRAL_CONFIDENCE,
                        r.note() == null ? "" : r.note(), r.author()))
                .toList();
    }

    private static Instant dated(Reading r, ZoneId zone) {
        Period period = r.measurement().period();
        Instant begins = period.start().atStartOfDay(zone).toInstant();
        Instant ends = period.end().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        Instant at = r.recordedAt().isBefore(ends) ? r.recordedAt() : ends;
        return at.isBefore(begins) ? begins : at;
    }
}
