package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One KPI's value in one period. {@code KPI_PERIOD} ("kpiId/periodKey") is unique, so two nodes
 * recording the same period at once cannot create a duplicate; the store turns a repeat into an update.
 * Since model 7 a row keeps who created and last changed it, and a deleted value stays as a row with
 * {@code DELETED_AT} set (soft delete): the audit trail of a correction survives, reads leave it out, and
 * recording the period again brings the row back with the new value.
 */
@Preload
@Table("KPI_MEASUREMENT")
@Indexes(@Index(name = "kpi_period_start", methodNames = {"getKpiId", "getPeriodStart"}))
public interface KpiMeasurementEntity extends Entity {

    @NotNull
    @Indexed
    long getKpiId();

    void setKpiId(long kpiId);

    @NotNull
    @Unique
    @StringLength(64)
    String getKpiPeriod();

    void setKpiPeriod(String kpiPeriod);

    @NotNull
    @StringLength(16)
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** ISO date the period starts on, so periods sort and range-select as text. */
    @NotNull
    @StringLength(10)
    String getPeriodStart();

    void setPeriodStart(String periodStart);

    @NotNull
    @StringLength(48)
    String getMetricValue();

    void setMetricValue(String metricValue);

    /** Epoch milliseconds of the last write (the "updated at" of the audit trail). */
    @NotNull
    long getRecordedAt();

    void setRecordedAt(long recordedAt);

    /** MANUAL or JQL. */
    @NotNull
    @StringLength(16)
    String getSource();

    void setSource(String source);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** Epoch milliseconds of the first write (model 7; the last write's time for older rows). */
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    /** Epoch milliseconds of the deletion; null while the value counts. */
    Long getDeletedAt();

    void setDeletedAt(Long deletedAt);

    @StringLength(255)
    String getDeletedBy();

    void setDeletedBy(String deletedBy);
}
