package com.emeraldokr.core.domain;

/** How an objective's status is derived from its key results. */
public enum ObjectiveStatusMode {
    /** The worst status among the key results (the default: one failing KR is visible). */
    WORST_KEY_RESULT,
    /** The status the weighted roll-up progress earns on its own. */
    WEIGHTED_PROGRESS
}
