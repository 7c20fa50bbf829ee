package com.emeraldokr.host.web;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The saved preferences of one dashboard item on the host's dashboard, as Jira keeps them per item. */
@Preload
@Table("ITEM_PREFERENCES")
public interface ItemPreferencesEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getItemKey();

    void setItemKey(String itemKey);

    /** A JSON object of string values. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPreferences();

    void setPreferences(String preferences);
}
