package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The list of cycles, read by nearly every request (the gadgets pick the active cycle, check-ins and
 * edits check that theirs is open) and written rarely: cached on each node, dropped on every node by
 * each store that writes cycles, after its transaction.
 */
final class CycleListCache {

    static final String NAME = "com.emeraldokr.emerald.cycles";
    private static final String ALL = "all";

    private final SharedCache<List<Cycle>> cache;

    CycleListCache(SharedCaches caches, ActiveObjects ao) {
        this.cache = caches.cache(NAME, key -> Arrays.stream(ao.find(CycleEntity.class, Query.select().order("START_DATE DESC, ID DESC")))
                .map(ActiveObjectsOkrStore::toCycle).toList());
    }

    /** Every cycle, the latest start first. */
    List<Cycle> all() {
        return cache.get(ALL);
    }

    Optional<Cycle> find(long cycleId) {
        return all().stream().filter(c -> c.id() == cycleId).findFirst();
    }

    /** Call after the transaction that changed a cycle has committed. */
    void changed() {
        cache.invalidate(ALL);
    }
}
