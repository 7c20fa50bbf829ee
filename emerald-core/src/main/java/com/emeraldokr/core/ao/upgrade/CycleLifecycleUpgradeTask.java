package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 4, registered in the Jira descriptor. */
public final class CycleLifecycleUpgradeTask extends ModelUpgradeTask {

    public CycleLifecycleUpgradeTask() {
        super(new CycleLifecycle());
    }
}
