package com.emeraldokr.core.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** CHECK_IN in model 1. */
@Table("CHECK_IN")
public interface CheckInV1 extends Entity {

    @NotNull
    @Indexed
    long getKeyResultIssueId();

    void setKeyResultIssueId(long keyResultIssueId);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @StringLength(48)
    String getMetricValue();

    void setMetricValue(String metricValue);

    @NotNull
    int getConfidence();

    void setConfidence(int confidence);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
