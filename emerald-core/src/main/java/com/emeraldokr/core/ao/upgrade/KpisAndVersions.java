package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.ao.KeyResultEntity;

/**
 * Model 2: KPIs with their measurements, the revision table behind optimistic versions, and on key
 * results a version (existing rows start at 1) and the upper edge of STAY_WITHIN bands (empty).
 */
public final class KpisAndVersions implements SchemaStep {

    @Override
    public int toVersion() {
        return 2;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        // the current entities carry model 5's unique issue ids: rows stored twice must go first
        UniqueRegistrations.dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
        // the column default already gives old rows version 1; make sure on databases that add it empty
        for (KeyResultEntity kr : ao.find(KeyResultEntity.class, "VERSION IS NULL OR VERSION < ?", 1)) {
            kr.setVersion(1);
            kr.save();
        }
    }
}
