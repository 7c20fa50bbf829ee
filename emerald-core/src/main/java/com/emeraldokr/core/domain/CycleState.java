package com.emeraldokr.core.domain;

/** Lifecycle of an OKR cycle. */
public enum CycleState {
    PLANNING, ACTIVE, CLOSED
}
