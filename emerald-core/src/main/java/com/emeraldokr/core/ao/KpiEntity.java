package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A KPI definition. Decimals are exact plain strings; enums are stored by name. {@code VERSION}
 * guards against concurrent edits; an archived KPI keeps its measurements.
 */
@Preload
@Table("KPI")
public interface KpiEntity extends Entity {

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @Indexed
    @StringLength(32)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(16)
    String getCategory();

    void setCategory(String category);

    @NotNull
    @StringLength(16)
    String getTiming();

    void setTiming(String timing);

    @StringLength(32)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(24)
    String getDirection();

    void setDirection(String direction);

    @StringLength(48)
    String getTargetValue();

    void setTargetValue(String targetValue);

    @StringLength(48)
    String getRangeLow();

    void setRangeLow(String rangeLow);

    @StringLength(48)
    String getRangeHigh();

    void setRangeHigh(String rangeHigh);

    /**
     * The ratio thresholds of models 1 to 6 (value / target), NOT NULL in those databases; read only to
     * derive the tolerance band of a row written before model 7, and written as 1 and 0 since.
     */
    @NotNull
    @StringLength(16)
    String getHealthyThreshold();

    void setHealthyThreshold(String healthyThreshold);

    @NotNull
    @StringLength(16)
    String getWatchThreshold();

    void setWatchThreshold(String watchThreshold);

    @NotNull
    @StringLength(16)
    String getCadence();

    void setCadence(String cadence);

    /** ISO date of a deadline, when someone gave the KPI one (the lint questions it). */
    @StringLength(10)
    String getTargetDate();

    void setTargetDate(String targetDate);

    @NotNull
    boolean isArchived();

    void setArchived(boolean archived);

    @NotNull
    int getVersion();

    void setVersion(int version);

    /** The JQL query values are collected from; null for KPIs people record (model 3). */
    @StringLength(StringLength.UNLIMITED)
    String getSourceJql();

    void setSourceJql(String sourceJql);

    @StringLength(32)
    String getSourceAggregate();

    void setSourceAggregate(String sourceAggregate);

    @StringLength(64)
    String getSourceField();

    void setSourceField(String sourceField);

    /** ABSOLUTE or RELATIVE (model 7); null only in a row not upgraded yet. */
    @StringLength(16)
    String getToleranceType();

    void setToleranceType(String toleranceType);

    @StringLength(48)
    String getTolerance();

    void setTolerance(String tolerance);

    Integer getEarlyWarningPeriods();

    void setEarlyWarningPeriods(Integer earlyWarningPeriods);
}
