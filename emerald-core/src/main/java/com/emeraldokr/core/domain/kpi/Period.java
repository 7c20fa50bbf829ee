package com.emeraldokr.core.domain.kpi;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One period of a cadence, identified by its key ({@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}, {@code 2026-11-22}). */
public record Period(Cadence cadence, LocalDate start) implements Comparable<Period> {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Period {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(start, "start");
        if (!cadence.startOf(start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + cadence + " period");
        }
    }

    /** Reads a period key; the cadence follows from its form. */
    public static Period parse(String key) {
        String k = Objects.requireNonNull(key, "key").strip();
        try {
            Matcher m;
            if ((m = QUARTER.matcher(k)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new Period(Cadence.QUARTERLY, LocalDate.of(year, 3 * Integer.parseInt(m.group(2)) - 2, 1));
            }
            if ((m = WEEK.matcher(k)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
                    throw new DateTimeException("week " + week + " does not exist in " + year);
                }
                return new Period(Cadence.WEEKLY, monday);
            }
            if ((m = MONTH.matcher(k)).matches()) {
                return new Period(Cadence.MONTHLY, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
            }
            if (DAY.matcher(k).matches()) {
                return new Period(Cadence.DAILY, LocalDate.parse(k));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not a valid period: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("\"" + key + "\" is not a period key such as 2026-W47, 2026-11, 2026-Q4 or 2026-11-22");
    }

    public String key() {
        return cadence.key(start);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return cadence.nextStart(start).minusDays(1);
    }

    public Period next() {
        return new Period(cadence, cadence.nextStart(start));
    }

    public Period previous() {
        return cadence.periodOf(start.minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return key();
    }
}
