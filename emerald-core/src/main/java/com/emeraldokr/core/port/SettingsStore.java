package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.OkrSettings;

/**
 * The administrator's instance-wide OKR settings, shared by every node of a cluster. Reads happen on
 * every assessment, so an implementation may sit behind a cluster-invalidated cache; it must then
 * drop the cached value on every node when {@link #save} runs.
 */
public interface SettingsStore {

    /** The stored settings, or {@link OkrSettings#DEFAULTS} when none were ever saved. */
    OkrSettings load();

    void save(OkrSettings settings, String authorKey);
}
