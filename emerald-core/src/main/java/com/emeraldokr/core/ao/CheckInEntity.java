package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One check-in of a key result. */
@Preload
@Table("CHECK_IN")
public interface CheckInEntity extends Entity {

    @NotNull
    @Indexed
    long getKeyResultIssueId();

    void setKeyResultIssueId(long keyResultIssueId);

    /** Epoch milliseconds, UTC. */
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
