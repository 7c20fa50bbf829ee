package com.atlassian.activeobjects.external;

// Mirrors com.atlassian.activeobjects:activeobjects-plugin 6.0.0 (Jira 10.3 / Platform 7).
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
