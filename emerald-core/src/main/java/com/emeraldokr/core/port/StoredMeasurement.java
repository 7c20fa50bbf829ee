package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.kpi.KpiMeasurement;

import java.time.Instant;

/** A measurement with when, how and why it was recorded. */
public record StoredMeasurement(long kpiId, KpiMeasurement measurement, Instant recordedAt, String source, String note) {
}
