package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiSource;

import java.util.Objects;

/**
 * A KPI definition with the facts around it that the engine does not need; {@code source} is set
 * when values are collected from a JQL query rather than typed in.
 */
public record KpiDraft(KpiDefinition definition, String description, String ownerKey, String projectKey, KpiSource source) {

    public KpiDraft {
        Objects.requireNonNull(definition, "definition");
    }

    /** A KPI whose values people record. */
    public KpiDraft(KpiDefinition definition, String description, String ownerKey, String projectKey) {
        this(definition, description, ownerKey, projectKey, null);
    }
}
