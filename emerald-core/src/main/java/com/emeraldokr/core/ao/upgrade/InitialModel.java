package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.upgrade.v1.CheckInV1;
import com.emeraldokr.core.ao.upgrade.v1.CycleV1;
import com.emeraldokr.core.ao.upgrade.v1.KeyResultV1;
import com.emeraldokr.core.ao.upgrade.v1.ObjectiveV1;

/** Model 1, the first release: cycles, objectives, key results and check-ins. */
public final class InitialModel implements SchemaStep {

    @Override
    public int toVersion() {
        return 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(int fromVersion, ActiveObjects ao) {
        ao.migrate(CycleV1.class, ObjectiveV1.class, KeyResultV1.class, CheckInV1.class);
    }
}
