package com.emeraldokr.core.domain;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * Net confidence score of a set of key results or objectives: % on track (done included) minus
 * % off track (missed included), from −100 to 100. Stale and at-risk ones count in the total only.
 */
public final class NetConfidenceScore {

    private NetConfidenceScore() {
    }

    /** Empty for an empty set: a score of 0 would claim a balance nobody measured. */
    public static OptionalInt of(Collection<OkrStatus> statuses) {
        if (statuses.isEmpty()) {
            return OptionalInt.empty();
        }
        long onTrack = statuses.stream().filter(OkrStatus::isOnTrack).count();
        long offTrack = statuses.stream().filter(OkrStatus::isOffTrack).count();
        return OptionalInt.of((int) Math.round(100.0 * (onTrack - offTrack) / statuses.size()));
    }
}
