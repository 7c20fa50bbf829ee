package com.emeraldokr.core.ao.upgrade;

/** Upgrade task to model 1, registered in the Jira descriptor. */
public final class InitialModelUpgradeTask extends ModelUpgradeTask {

    public InitialModelUpgradeTask() {
        super(new InitialModel());
    }
}
