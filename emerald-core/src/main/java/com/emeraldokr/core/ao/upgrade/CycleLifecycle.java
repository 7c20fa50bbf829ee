package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.ao.ObjectiveEntity;

/**
 * Model 4: the cycle lifecycle. The FINAL_SCORE table holds the scores frozen when a cycle closes
 * (cycles closed before model 4 have none and keep showing computed scores); objectives get an
 * ARCHIVED flag, false for every existing objective.
 */
public final class CycleLifecycle implements SchemaStep {

    @Override
    public int toVersion() {
        return 4;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        // the current entities carry model 5's unique issue ids: rows stored twice must go first
        UniqueRegistrations.dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
        // the column default already gives old rows false; make sure on databases that add it empty
        for (ObjectiveEntity o : ao.find(ObjectiveEntity.class, "ARCHIVED IS NULL")) {
            o.setArchived(false);
            o.save();
        }
    }
}
