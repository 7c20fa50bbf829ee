package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.kpi.KpiSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Runs KPI source queries against the product's issues. */
public interface KpiSourceReader {

    /**
     * Problems with the query and field as the product's own parser sees them, in the user's
     * language; empty when the source can be measured.
     */
    List<String> problems(KpiSource source);

    /**
     * The aggregate over the issues the query finds now when run as the KPI's owner {@code ownerKey},
     * with that user's permissions and no one else's; empty when there is nothing to aggregate (an
     * average of no issues). {@code projectKey} is the KPI's project, or null for a company-wide KPI.
     *
     * @throws KpiOwnerUnavailableException when the owner is unknown, no longer exists, is deactivated or
     *                                      may not browse the KPI's project
     * @throws IllegalStateException        when the product cannot run the query
     */
    Optional<BigDecimal> measure(KpiSource source, String ownerKey, String projectKey);
}
