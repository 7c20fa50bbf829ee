package com.emeraldokr.core.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** CYCLE in model 1. */
@Table("CYCLE")
public interface CycleV1 extends Entity {

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    @NotNull
    @StringLength(10)
    String getEndDate();

    void setEndDate(String endDate);

    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);
}
