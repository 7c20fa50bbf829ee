package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Runs one {@link SchemaStep} as Jira's Active Objects upgrade task. */
abstract class ModelUpgradeTask implements ActiveObjectsUpgradeTask {

    private final SchemaStep step;

    ModelUpgradeTask(SchemaStep step) {
        this.step = step;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(String.valueOf(step.toVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.upgrade(Integer.parseInt(currentVersion.toString()), ao);
    }
}
