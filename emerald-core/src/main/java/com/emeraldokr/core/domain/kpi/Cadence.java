package com.emeraldokr.core.domain.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How often a KPI is measured; each cadence cuts time into periods with ISO-style keys. */
public enum Cadence {
    /** {@code 2026-11-22} */
    DAILY {
        @Override
        LocalDate startOf(LocalDate date) {
            return date;
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusDays(1);
        }

        @Override
        String key(LocalDate start) {
            return start.toString();
        }
    },
    /** ISO week, Monday first: {@code 2026-W47}. The year is the week-based year. */
    WEEKLY {
        @Override
        LocalDate startOf(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusWeeks(1);
        }

        @Override
        String key(LocalDate start) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },
    /** {@code 2026-11} */
    MONTHLY {
        @Override
        LocalDate startOf(LocalDate date) {
            return date.withDayOfMonth(1);
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusMonths(1);
        }

        @Override
        String key(LocalDate start) {
            return String.format("%d-%02d", start.getYear(), start.getMonthValue());
        }
    },
    /** Calendar quarter: {@code 2026-Q4}. */
    QUARTERLY {
        @Override
        LocalDate startOf(LocalDate date) {
            return date.with(IsoFields.DAY_OF_QUARTER, 1);
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusMonths(3);
        }

        @Override
        String key(LocalDate start) {
            return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        }
    };

    abstract LocalDate startOf(LocalDate date);

    abstract LocalDate nextStart(LocalDate start);

    abstract String key(LocalDate start);

    public Period periodOf(LocalDate date) {
        return new Period(this, startOf(date));
    }
}
