package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.Commitment;

/** What Emerald keeps about an objective issue. */
public record ObjectiveRecord(long issueId, long cycleId, Commitment commitment) {
}
