package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.EmeraldEntities;

/**
 * Model 6: the SETTINGS table holding the administrator's OKR settings, one row for the instance. It
 * starts empty: until an administrator saves, every node reads the defaults.
 */
public final class InstanceSettings implements SchemaStep {

    @Override
    public int toVersion() {
        return 6;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        // the current entities carry model 5's unique issue ids: rows stored twice must go first
        UniqueRegistrations.dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
    }
}
