package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.kpi.KpiDefinition;

import java.util.Objects;

/** A KPI definition with the facts around it that the engine does not need. */
public record KpiDraft(KpiDefinition definition, String description, String ownerKey, String projectKey) {

    public KpiDraft {
        Objects.requireNonNull(definition, "definition");
    }
}
