package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 5, registered in the Jira descriptor. */
public final class UniqueRegistrationsUpgradeTask extends ModelUpgradeTask {

    public UniqueRegistrationsUpgradeTask() {
        super(new UniqueRegistrations());
    }
}
