package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The score of an objective or key result frozen when its cycle closed (model 4). One row per issue:
 * the unique key also refuses a second close of the same cycle racing the first.
 */
@Preload
@Table("FINAL_SCORE")
public interface FinalScoreEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getCycleId();

    void setCycleId(long cycleId);

    /** {@code OBJECTIVE} or {@code KEY_RESULT}. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The final score, 0 to 1, as plain decimal text like the other metrics. */
    @NotNull
    @StringLength(48)
    String getScore();

    void setScore(String score);

    /** The score the formulas gave at close time. */
    @NotNull
    @StringLength(48)
    String getComputedScore();

    void setComputedScore(String computedScore);

    /** Why an administrator overrode the score; null when it was not overridden. */
    @StringLength(StringLength.UNLIMITED)
    String getOverrideReason();

    void setOverrideReason(String overrideReason);

    @NotNull
    long getFrozenAt();

    void setFrozenAt(long frozenAt);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
