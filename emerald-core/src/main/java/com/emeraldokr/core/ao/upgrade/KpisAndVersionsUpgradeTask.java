package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 2, registered in the Jira descriptor. */
public final class KpisAndVersionsUpgradeTask extends ModelUpgradeTask {

    public KpisAndVersionsUpgradeTask() {
        super(new KpisAndVersions());
    }
}
