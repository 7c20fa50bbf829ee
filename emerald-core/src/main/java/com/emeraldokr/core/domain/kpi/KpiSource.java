package com.emeraldokr.core.domain.kpi;

import java.util.Objects;

/**
 * Where a KPI's values come from when nobody types them in: a JQL query and what to compute over
 * the issues it finds. {@code field} names the numeric field for SUM and AVERAGE and is null otherwise.
 */
public record KpiSource(String jql, Aggregate aggregate, String field) {

    public enum Aggregate {
        /** How many issues the query finds. */
        COUNT,
        /** The sum of a numeric field over the issues. */
        SUM,
        /** The mean of a numeric field over the issues that have a value. */
        AVERAGE,
        /** The mean age in days of the issues, from creation to now. */
        AVERAGE_AGE_DAYS,
        /** The mean days from creation to resolution of the resolved issues. */
        AVERAGE_RESOLUTION_DAYS;

        public boolean needsField() {
            return this == SUM || this == AVERAGE;
        }
    }

    public KpiSource {
        Objects.requireNonNull(jql, "jql");
        Objects.requireNonNull(aggregate, "aggregate");
        if (aggregate.needsField() && (field == null || field.isBlank())) {
            throw new IllegalArgumentException(aggregate + " needs a field");
        }
        if (!aggregate.needsField()) {
            field = null;
        }
    }
}
