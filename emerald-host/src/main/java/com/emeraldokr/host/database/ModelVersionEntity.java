package com.emeraldokr.host.database;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The host's record of Emerald's model version; inside Jira the AO plugin keeps it. */
@Preload
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {

    @NotNull
    int getModelVersion();

    void setModelVersion(int modelVersion);
}
