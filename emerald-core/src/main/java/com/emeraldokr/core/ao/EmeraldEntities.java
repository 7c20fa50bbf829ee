package com.emeraldokr.core.ao;

import net.java.ao.RawEntity;

import java.util.List;

/** Every AO entity Emerald owns, in the order the descriptor lists them. */
public final class EmeraldEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL =
            List.of(CycleEntity.class, ObjectiveEntity.class, KeyResultEntity.class, CheckInEntity.class,
                    KpiEntity.class, KpiMeasurementEntity.class, RevisionEntity.class,
                    FinalScoreEntity.class, SettingsEntity.class, LoopProposalEntity.class);

    private EmeraldEntities() {
    }

    /** {@link #ALL} as the array {@code ActiveObjects.migrate} takes. */
    public static Class<? extends RawEntity<?>>[] asArray() {
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] entities = ALL.toArray(new Class[0]);
        return entities;
    }
}
