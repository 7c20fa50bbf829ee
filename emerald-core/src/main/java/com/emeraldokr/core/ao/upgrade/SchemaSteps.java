package com.emeraldokr.core.ao.upgrade;

import java.util.List;

/** Every step, oldest first; the last step's version is the current model version. */
public final class SchemaSteps {

    public static final List<SchemaStep> ALL = List.of(new InitialModel(), new KpisAndVersions(), new KpiSources(),
            new CycleLifecycle(), new UniqueRegistrations(), new InstanceSettings(), new KpiLoop());

    private SchemaSteps() {
    }

    public static int currentVersion() {
        return ALL.get(ALL.size() - 1).toVersion();
    }
}
