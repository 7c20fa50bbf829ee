package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * One step of Emerald's data model history. Jira runs the steps through {@link ModelUpgradeTask}s
 * registered in the descriptor; the host runs the same steps itself.
 */
public interface SchemaStep {

    /** The model version the database has after this step. */
    int toVersion();

    /** Brings a database at {@code fromVersion} (0 = empty) to {@link #toVersion()}, keeping every row. */
    void upgrade(int fromVersion, ActiveObjects ao);
}
