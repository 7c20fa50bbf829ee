package com.emeraldokr.host.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One setting of the host's stand-in for Jira (what Jira keeps in its plugin settings), shared by every node. */
@Preload
@Table("HOST_SETTING")
public interface HostSettingEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getSettingKey();

    void setSettingKey(String settingKey);

    /** A JSON object. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String settingValue);
}
