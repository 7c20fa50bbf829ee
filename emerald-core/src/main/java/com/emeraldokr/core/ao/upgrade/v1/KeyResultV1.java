package com.emeraldokr.core.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** KEY_RESULT in model 1: no version and no band yet. */
@Table("KEY_RESULT")
public interface KeyResultV1 extends Entity {

    @NotNull
    @Indexed
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

    Long getLatestAt();

    void setLatestAt(Long latestAt);

    Integer getLatestConfidence();

    void setLatestConfidence(Integer latestConfidence);
}
