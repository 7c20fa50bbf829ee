package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One accepted edit of a versioned row ("KPI:12:3" = KPI 12 moved to version 3). The unique key is
 * the optimistic lock: of two edits of the same version, the database accepts exactly one, on every
 * database AO supports, without row locks or raw SQL. The same key registers an issue ("ISSUE:12", model 5):
 * an issue is an objective or a key result, once, even when two registrations race.
 */
@Preload
@Table("REVISION")
public interface RevisionEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(96)
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
