package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.EmeraldEntities;

/** Model 3: a KPI may name a JQL source (query, aggregate, field); existing KPIs keep none. */
public final class KpiSources implements SchemaStep {

    @Override
    public int toVersion() {
        return 3;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        // adds three nullable columns; nothing to fill in
        // the current entities carry model 5's unique issue ids: rows stored twice must go first
        UniqueRegistrations.dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
    }
}
