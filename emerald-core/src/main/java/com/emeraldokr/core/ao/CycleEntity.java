package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An OKR cycle. Dates are ISO calendar dates in {@link #getTimeZone()}, so no JDBC time-zone shift touches them. */
@Preload
@Table("CYCLE")
public interface CycleEntity extends Entity {

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
