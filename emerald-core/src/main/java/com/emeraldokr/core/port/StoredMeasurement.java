package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.kpi.KpiMeasurement;

import java.time.Instant;

/**
 * A measurement with when, how and why it was recorded, and its audit trail: {@code recordedAt} is the
 * last write ({@code updatedBy} made it), {@code createdAt}/{@code createdBy} the first. Who is null for
 * values collected by Emerald itself or recorded before the audit trail existed.
 */
public record StoredMeasurement(long kpiId, KpiMeasurement measurement, Instant recordedAt, String source, String note,
                                Instant createdAt, String createdBy, String updatedBy) {

    /** A measurement without its audit trail. */
    public StoredMeasurement(long kpiId, KpiMeasurement measurement, Instant recordedAt, String source, String note) {
        this(kpiId, measurement, recordedAt, source, note, recordedAt, null, null);
    }
}
