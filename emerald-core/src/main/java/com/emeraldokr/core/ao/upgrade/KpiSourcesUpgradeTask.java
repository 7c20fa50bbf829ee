package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 3, registered in the Jira descriptor. */
public final class KpiSourcesUpgradeTask extends ModelUpgradeTask {

    public KpiSourcesUpgradeTask() {
        super(new KpiSources());
    }
}
