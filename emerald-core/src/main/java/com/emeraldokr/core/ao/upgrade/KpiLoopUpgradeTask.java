package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 7, registered in the Jira descriptor. */
public final class KpiLoopUpgradeTask extends ModelUpgradeTask {

    public KpiLoopUpgradeTask() {
        super(new KpiLoop());
    }
}
