package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 6, registered in the Jira descriptor. */
public final class InstanceSettingsUpgradeTask extends ModelUpgradeTask {

    public InstanceSettingsUpgradeTask() {
        super(new InstanceSettings());
    }
}
