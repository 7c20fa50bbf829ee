package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Emerald's metadata and latest metric for a key result issue. Decimals are stored as their exact
 * plain-string form: AO has no portable decimal type and doubles would drift. The cycle id is
 * copied from the objective so a dashboard reads a whole cycle with one statement.
 */
@Preload
@Table("KEY_RESULT")
public interface KeyResultEntity extends Entity {

    /** One row per issue (unique since model 5); an issue is not also registered the other way, see {@link RevisionEntity}. */
    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getObjectiveIssueId();

    void setObjectiveIssueId(long objectiveIssueId);

    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(48)
    String getStartValue();

    void setStartValue(String startValue);

    @NotNull
    @StringLength(48)
    String getTargetValue();

    void setTargetValue(String targetValue);

    /** Upper edge of a STAY_WITHIN band; null for every other kind. */
    @StringLength(48)
    String getUpperValue();

    void setUpperValue(String upperValue);

    @StringLength(32)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(48)
    String getWeight();

    void setWeight(String weight);

    @StringLength(48)
    String getLatestValue();

    void setLatestValue(String latestValue);

    /** Epoch milliseconds of the latest check-in, null before the first. */
    Long getLatestAt();

    void setLatestAt(Long latestAt);

    Integer getLatestConfidence();

    void setLatestConfidence(Integer latestConfidence);

    /** Bumped by every metadata edit; an edit based on an older version is refused. */
    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);

    /**
     * The KPI whose measurements are this key result's check-ins (model 7); null for a key result checked
     * in by hand or driven by epics.
     */
    @Indexed
    Long getKpiId();

    void setKpiId(Long kpiId);
}
