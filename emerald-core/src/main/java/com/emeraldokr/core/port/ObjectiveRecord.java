package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.Commitment;

/** What Emerald keeps about an objective issue; an archived objective is left out of the cycle reads unless asked for. */
public record ObjectiveRecord(long issueId, long cycleId, Commitment commitment, boolean archived) {

    /** An objective that is not archived. */
    public ObjectiveRecord(long issueId, long cycleId, Commitment commitment) {
        this(issueId, cycleId, commitment, false);
    }
}
