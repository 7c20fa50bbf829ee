package com.emeraldokr.core.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Quarters and years of an organisation's fiscal calendar. With a fiscal year starting in January
 * the names are calendar names ({@code 2026 Q4}); otherwise fiscal year N is the one that ends in
 * calendar year N, the common convention ({@code FY2027 Q1} starts in April 2026 when the fiscal
 * year starts in April).
 */
public final class CycleCalendar {

    private final Month fiscalYearStart;
    private final ZoneId zone;

    public CycleCalendar(Month fiscalYearStart, ZoneId zone) {
        this.fiscalYearStart = Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static CycleCalendar calendarYear(ZoneId zone) {
        return new CycleCalendar(Month.JANUARY, zone);
    }

    /** The fiscal year a date falls in. */
    public int fiscalYearOf(LocalDate date) {
        if (fiscalYearStart == Month.JANUARY) {
            return date.getYear();
        }
        return date.getMonthValue() >= fiscalYearStart.getValue() ? date.getYear() + 1 : date.getYear();
    }

    public CycleSpan fiscalYear(int fiscalYear) {
        LocalDate start = firstDayOf(fiscalYear);
        return new CycleSpan(yearName(fiscalYear), start, start.plusYears(1).minusDays(1), zone);
    }

    /** Quarter 1 to 4 of a fiscal year. */
    public CycleSpan quarter(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, got " + quarter);
        }
        LocalDate start = firstDayOf(fiscalYear).plusMonths(3L * (quarter - 1));
        return new CycleSpan(yearName(fiscalYear) + " Q" + quarter, start, start.plusMonths(3).minusDays(1), zone);
    }

    public CycleSpan quarterContaining(LocalDate date) {
        int fiscalYear = fiscalYearOf(date);
        int monthsIn = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 12);
        return quarter(fiscalYear, monthsIn / 3 + 1);
    }

    /** The quarter after the one containing {@code date}. */
    public CycleSpan quarterAfter(LocalDate date) {
        return quarterContaining(quarterContaining(date).end().plusDays(1));
    }

    public CycleSpan custom(String name, LocalDate start, LocalDate end) {
        return new CycleSpan(name, start, end, zone);
    }

    private LocalDate firstDayOf(int fiscalYear) {
        int calendarYear = fiscalYearStart == Month.JANUARY ? fiscalYear : fiscalYear - 1;
        return LocalDate.of(calendarYear, fiscalYearStart, 1);
    }

    private String yearName(int fiscalYear) {
        return fiscalYearStart == Month.JANUARY ? String.valueOf(fiscalYear) : "FY" + fiscalYear;
    }
}
