package com.emeraldokr.core.port;

/** A stored KPI: its id, what it is, whether it is archived, and its version for concurrent edits. */
public record KpiRecord(long id, KpiDraft draft, boolean archived, int version) {
}
