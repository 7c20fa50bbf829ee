package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A cycle's objective and key-result rows as records: what every dashboard read of the cycle ranks and
 * rolls up. Reading thousands of rows through Active Objects' entity proxies on each read was most of
 * the dashboards' cost, and the rows change only through the stores of this package, so each node keeps
 * them per cycle and every store that writes them drops the cycle on every node after its transaction.
 * Check-in histories, links and epic work are not held: they are read per request.
 */
final class CycleRowsCache {

    static final String NAME = "com.emeraldokr.emerald.cycle-rows";

    /** One cycle's rows, in row order. */
    record Rows(List<ObjectiveRecord> objectives, List<KeyResultRecord> keyResults) {

        Rows {
            objectives = List.copyOf(objectives);
            keyResults = List.copyOf(keyResults);
        }
    }

    private final SharedCache<Rows> cache;

    CycleRowsCache(SharedCaches caches, ActiveObjects ao) {
        this.cache = caches.cache(NAME, key -> {
            long cycleId = Long.parseLong(key);
            return new Rows(
                    Arrays.stream(ao.find(ObjectiveEntity.class, Query.select().where("CYCLE_ID = ?", cycleId).order("ID")))
                            .map(ActiveObjectsOkrStore::toObjective).toList(),
                    Arrays.stream(ao.find(KeyResultEntity.class, Query.select().where("CYCLE_ID = ?", cycleId).order("ID")))
                            .map(ActiveObjectsOkrStore::toKeyResult).toList());
        });
    }

    List<ObjectiveRecord> objectives(long cycleId) {
        return cache.get(Long.toString(cycleId)).objectives();
    }

    List<KeyResultRecord> keyResults(long cycleId) {
        return cache.get(Long.toString(cycleId)).keyResults();
    }

    /** Call once the transaction that wrote rows of these cycles has ended, committed or not. */
    void changed(Collection<Long> cycleIds) {
        cycleIds.stream().distinct().forEach(id -> cache.invalidate(Long.toString(id)));
    }

    void changed(long cycleId) {
        cache.invalidate(Long.toString(cycleId));
    }

    /** Call after a write that may have touched any cycle's rows (a restore). */
    void changedAll() {
        cache.invalidateAll();
    }
}
