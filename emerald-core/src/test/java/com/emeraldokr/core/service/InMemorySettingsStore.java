package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.port.SettingsStore;

/** Settings kept in memory for service tests: the defaults until a test saves others. */
public final class InMemorySettingsStore implements SettingsStore {

    private OkrSettings settings = OkrSettings.DEFAULTS;
    private String lastAuthor;

    public InMemorySettingsStore() {
    }

    public InMemorySettingsStore(OkrSettings settings) {
        this.settings = settings;
    }

    @Override
    public OkrSettings load() {
        return settings;
    }

    @Override
    public void save(OkrSettings settings, String authorKey) {
        this.settings = settings;
        this.lastAuthor = authorKey;
    }

    public String lastAuthor() {
        return lastAuthor;
    }
}
