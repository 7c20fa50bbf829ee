package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.BackupStore;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@link BackupStore} on the Active Objects facade. */
@Named
public class ActiveObjectsBackupStore implements BackupStore {

    private final ActiveObjects ao;
    private final CycleListCache cycles;
    private final CycleRowsCache cycleRows;
    private final SharedCache<OkrSettings> settings;

    @Inject
    public ActiveObjectsBackupStore(@ComponentImport ActiveObjects ao, SharedCaches caches) {
        this.ao = ao;
        this.cycles = new CycleListCache(caches, ao);
        this.cycleRows = new CycleRowsCache(caches, ao);
        this.settings = ActiveObjectsSettingsStore.cache(caches, ao);
    }

    @Override
    public BackupDocument readAll() {
        return new BackupDocument(BackupDocument.FORMAT, null, null,
                Arrays.stream(ao.find(CycleEntity.class, Query.select().order("ID"))).map(c -> new BackupDocument.Cycle(
                        (long) c.getID(), c.getName(), c.getStartDate(), c.getEndDate(), c.getTimeZone(), c.getState())).toList(),
                Arrays.stream(ao.find(ObjectiveEntity.class, Query.select().order("ID"))).map(o -> new BackupDocument.Objective(
                        String.valueOf(o.getIssueId()), o.getCycleId(), o.getCommitment(), o.isArchived())).toList(),
                Arrays.stream(ao.find(KeyResultEntity.class, Query.select().order("ID"))).map(k -> new BackupDocument.KeyResult(
                        String.valueOf(k.getIssueId()), String.valueOf(k.getObjectiveIssueId()), k.getKind(), k.getStartValue(),
                        k.getTargetValue(), k.getUpperValue(), k.getUnit(), k.getWeight(), k.getVersion(), k.getKpiId())).toList(),
                Arrays.stream(ao.find(CheckInEntity.class, Query.select().order("ID"))).map(c -> new BackupDocument.CheckIn(
                        String.valueOf(c.getKeyResultIssueId()), Instant.ofEpochMilli(c.getCreatedAt()).toString(),
                        c.getMetricValue(), c.getConfidence(), c.getNote(), c.getAuthorKey())).toList(),
                Arrays.stream(ao.find(KpiEntity.class, Query.select().order("ID"))).map(k -> new BackupDocument.Kpi(
                        (long) k.getID(), k.getName(), k.getDescription(), k.getOwnerKey(), k.getProjectKey(), k.getCategory(),
                        k.getTiming(), k.getUnit(), k.getDirection(), k.getTargetValue(), k.getRangeLow(), k.getRangeHigh(),
                        null, null, k.getCadence(), k.getTargetDate(), k.isArchived(),
                        k.getVersion(), k.getSourceJql(), k.getSourceAggregate(), k.getSourceField(), k.getToleranceType(),
                        k.getTolerance(), k.getEarlyWarningPeriods())).toList(),
                Arrays.stream(ao.find(KpiMeasurementEntity.class, Query.select().order("ID"))).map(m -> new BackupDocument.Measurement(
                        m.getKpiId(), m.getPeriodKey(), m.getMetricValue(), Instant.ofEpochMilli(m.getRecordedAt()).toString(),
                        m.getSource(), m.getNote(), m.getCreatedAt() == null ? null : Instant.ofEpochMilli(m.getCreatedAt()).toString(),
                        m.getCreatedBy(), m.getUpdatedBy(),
                        m.getDeletedAt() == null ? null : Instant.ofEpochMilli(m.getDeletedAt()).toString(), m.getDeletedBy())).toList(),
                Arrays.stream(ao.find(FinalScoreEntity.class, Query.select().order("ID"))).map(f -> new BackupDocument.FinalScore(
                        String.valueOf(f.getIssueId()), f.getScore(), f.getComputedScore(), f.getOverrideReason(),
                        Instant.ofEpochMilli(f.getFrozenAt()).toString(), f.getAuthorKey())).toList(),
                settings(),
                // an acceptance under way (OPEN) is no decision yet: it is left out
                Arrays.stream(ao.find(LoopProposalEntity.class, Query.select().where("STATE <> ?", "OPEN").order("ID")))
                        .map(p -> new BackupDocument.Proposal(p.getKind(), p.getKpiId(), cycleStartOf(p.getProposalKey()),
                                text(p.getKeyResultIssueId()), p.getState(), p.getDecidedBy(),
                                Instant.ofEpochMilli(p.getDecidedAt()).toString(), p.getReason(),
                                text(p.getCreatedObjectiveIssueId()), text(p.getCreatedKeyResultIssueId()), p.getCreatedKpiId()))
                        .toList());
    }

    /** The saved OKR settings as the backup carries them; null when none were ever saved. */
    private OkrSettingsDocument settings() {
        SettingsEntity[] rows = ao.find(SettingsEntity.class, "SETTINGS_KEY = ?", ActiveObjectsSettingsStore.KEY);
        if (rows.length == 0) {
            return null;
        }
        SettingsEntity r = rows[0];
        Map<String, String> teams = new TreeMap<>();
        ActiveObjectsSettingsStore.teamCadences(r.getTeamCadences()).forEach((k, c) -> teams.put(k, c.name()));
        return new OkrSettingsDocument(new BigDecimal(r.getGradeYellowFrom()), new BigDecimal(r.getGradeGreenFrom()),
                new BigDecimal(r.getOnTrackFrom()), new BigDecimal(r.getAtRiskFrom()), r.getStatusMode(), r.getFiscalYearStart(),
                r.getDefaultCadence(), teams, r.isAlignmentRollup(), r.getTimeZone());
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    /** The cycle start of a recovery proposal's key ("RECOVERY:kpiId:cycleStart"); null for other kinds. */
    private static String cycleStartOf(String proposalKey) {
        String[] parts = proposalKey.split(":");
        return parts.length == 3 ? parts[2] : null;
    }

    @Override
    public int modelVersion() {
        return SchemaSteps.currentVersion();
    }

    @Override
    public boolean isEmpty() {
        return ao.count(CycleEntity.class) == 0 && ao.count(ObjectiveEntity.class) == 0 && ao.count(KpiEntity.class) == 0;
    }

    @Override
    public BackupDocument.RestoreSummary writeAll(BackupDocument doc, Map<String, Long> issueIds) {
        try {
            return restore(doc, issueIds);
        } finally {
            cycles.changed();
            cycleRows.changedAll();
            settings.invalidate(ActiveObjectsSettingsStore.KEY);
        }
    }

    private BackupDocument.RestoreSummary restore(BackupDocument doc, Map<String, Long> issueIds) {
        return ao.executeInTransaction(() -> {
            Map<Long, Long> cycleIds = new HashMap<>();
            for (BackupDocument.Cycle c : doc.cycles()) {
                CycleEntity created = ao.create(CycleEntity.class, new DBParam("NAME", c.name()),
                        new DBParam("START_DATE", c.start()), new DBParam("END_DATE", c.end()),
                        new DBParam("TIME_ZONE", c.timeZone()), new DBParam("STATE", c.state()));
                cycleIds.put(c.id(), (long) created.getID());
            }
            Map<String, Long> cycleOfObjective = new HashMap<>();
            for (BackupDocument.Objective o : doc.objectives()) {
                long cycle = cycleIds.get(o.cycleId());
                cycleOfObjective.put(o.issueKey(), cycle);
                ao.create(ObjectiveEntity.class, new DBParam("ISSUE_ID", issueIds.get(o.issueKey())),
                        new DBParam("CYCLE_ID", cycle), new DBParam("COMMITMENT", o.commitment()),
                        new DBParam("ARCHIVED", Boolean.TRUE.equals(o.archived())));
            }
            Map<String, KeyResultEntity> keyResults = new HashMap<>();
            for (BackupDocument.KeyResult k : doc.keyResults()) {
                keyResults.put(k.issueKey(), ao.create(KeyResultEntity.class,
                        new DBParam("ISSUE_ID", issueIds.get(k.issueKey())),
                        new DBParam("OBJECTIVE_ISSUE_ID", issueIds.get(k.objectiveIssueKey())),
                        new DBParam("CYCLE_ID", cycleOfObjective.get(k.objectiveIssueKey())),
                        new DBParam("KIND", k.kind()), new DBParam("START_VALUE", k.start()),
                        new DBParam("TARGET_VALUE", k.target()), new DBParam("UPPER_VALUE", k.upper()),
                        new DBParam("UNIT", k.unit()), new DBParam("WEIGHT", k.weight()),
                        new DBParam("VERSION", k.version() == null ? 1 : k.version())));
            }
            Map<Long, Long> kpiIds = new HashMap<>();
            for (BackupDocument.CheckIn c : doc.checkIns()) {
                long at = Instant.parse(c.at()).toEpochMilli();
                ao.create(CheckInEntity.class, new DBParam("KEY_RESULT_ISSUE_ID", issueIds.get(c.keyResultIssueKey())),
                        new DBParam("CREATED_AT", at), new DBParam("METRIC_VALUE", c.value()),
                        new DBParam("CONFIDENCE", c.confidence()), new DBParam("NOTE", c.note()),
                        new DBParam("AUTHOR_KEY", c.author()));
                KeyResultEntity kr = keyResults.get(c.keyResultIssueKey());
                if (kr.getLatestAt() == null || kr.getLatestAt() <= at) {
                    kr.setLatestAt(at);
                    kr.setLatestValue(c.value());
                    kr.setLatestConfidence(c.confidence());
                }
            }
            keyResults.values().forEach(KeyResultEntity::save);
            // the registration claims (model 5); a backup of a model 4 database may name an issue twice, it is claimed once
            Set<Long> claimed = new HashSet<>();
            long now = System.currentTimeMillis();
            doc.objectives().forEach(o -> claimed.add(issueIds.get(o.issueKey())));
            doc.keyResults().forEach(k -> claimed.add(issueIds.get(k.issueKey())));
            for (Long issueId : claimed) {
                ActiveObjectsOkrStore.claimIssue(ao, issueId, now);
            }
            Map<String, Long> cycleOfKeyResult = new HashMap<>();
            doc.keyResults().forEach(k -> cycleOfKeyResult.put(k.issueKey(), cycleOfObjective.get(k.objectiveIssueKey())));
            for (BackupDocument.FinalScore f : doc.finalScores()) {
                boolean objective = cycleOfObjective.containsKey(f.issueKey());
                ao.create(FinalScoreEntity.class, new DBParam("ISSUE_ID", issueIds.get(f.issueKey())),
                        new DBParam("CYCLE_ID", objective ? cycleOfObjective.get(f.issueKey()) : cycleOfKeyResult.get(f.issueKey())),
                        new DBParam("KIND", objective ? ActiveObjectsOkrStore.FINAL_OBJECTIVE : ActiveObjectsOkrStore.FINAL_KEY_RESULT),
                        new DBParam("SCORE", f.score()), new DBParam("COMPUTED_SCORE", f.computedScore()),
                        new DBParam("OVERRIDE_REASON", f.overrideReason()),
                        new DBParam("FROZEN_AT", Instant.parse(f.frozenAt()).toEpochMilli()),
                        new DBParam("AUTHOR_KEY", f.author()));
            }
            for (BackupDocument.Kpi k : doc.kpis()) {
                KpiThresholds band = k.toleranceType() != null ? new KpiThresholds(
                        KpiThresholds.Tolerance.valueOf(k.toleranceType().strip().toUpperCase(Locale.ROOT)),
                        new BigDecimal(k.tolerance()), k.earlyWarningPeriods() == null
                        ? KpiThresholds.DEFAULT_EARLY_WARNING_PERIODS : k.earlyWarningPeriods())
                        : KpiThresholds.fromRatioThresholds(KpiDirection.valueOf(k.direction().strip().toUpperCase(Locale.ROOT)),
                        k.watchThreshold() == null ? new BigDecimal("0.7") : new BigDecimal(k.watchThreshold()));
                KpiEntity created = ao.create(KpiEntity.class, new DBParam("NAME", k.name()),
                        new DBParam("DESCRIPTION", k.description()), new DBParam("OWNER_KEY", k.ownerKey()),
                        new DBParam("PROJECT_KEY", k.projectKey()), new DBParam("CATEGORY", k.category()),
                        new DBParam("TIMING", k.timing()), new DBParam("UNIT", k.unit()),
                        new DBParam("DIRECTION", k.direction()), new DBParam("TARGET_VALUE", k.target()),
                        new DBParam("RANGE_LOW", k.rangeLow()), new DBParam("RANGE_HIGH", k.rangeHigh()),
                        new DBParam("HEALTHY_THRESHOLD", "1"), new DBParam("WATCH_THRESHOLD", "0"),
                        new DBParam("TOLERANCE_TYPE", band.tolerance().name()),
                        new DBParam("TOLERANCE", band.amount().toPlainString()),
                        new DBParam("EARLY_WARNING_PERIODS", band.earlyWarningPeriods()),
                        new DBParam("CADENCE", k.cadence()), new DBParam("TARGET_DATE", k.targetDate()),
                        new DBParam("ARCHIVED", Boolean.TRUE.equals(k.archived())),
                        new DBParam("VERSION", k.version() == null ? 1 : k.version()),
                        new DBParam("SOURCE_JQL", k.sourceJql()), new DBParam("SOURCE_AGGREGATE", k.sourceAggregate()),
                        new DBParam("SOURCE_FIELD", k.sourceField()));
                kpiIds.put(k.id(), (long) created.getID());
            }
            for (BackupDocument.Measurement m : doc.measurements()) {
                long kpi = kpiIds.get(m.kpiId());
                Period period = Period.parse(m.period());
                ao.create(KpiMeasurementEntity.class, new DBParam("KPI_ID", kpi),
                        new DBParam("KPI_PERIOD", kpi + "/" + period.key()), new DBParam("PERIOD_KEY", period.key()),
                        new DBParam("PERIOD_START", period.start().toString()), new DBParam("METRIC_VALUE", m.value()),
                        new DBParam("RECORDED_AT", Instant.parse(m.recordedAt()).toEpochMilli()),
                        new DBParam("SOURCE", m.source()), new DBParam("NOTE", m.note()),
                        new DBParam("CREATED_AT", m.createdAt() == null ? Instant.parse(m.recordedAt()).toEpochMilli()
                                : Instant.parse(m.createdAt()).toEpochMilli()),
                        new DBParam("CREATED_BY", m.createdBy()), new DBParam("UPDATED_BY", m.updatedBy()),
                        new DBParam("DELETED_AT", m.deletedAt() == null ? null : Instant.parse(m.deletedAt()).toEpochMilli()),
                        new DBParam("DELETED_BY", m.deletedBy()));
            }
            // key results measured by a KPI name it by its new id and read its values
            for (BackupDocument.KeyResult k : doc.keyResults()) {
                if (k.kpiId() != null) {
                    KeyResultEntity kr = keyResults.get(k.issueKey());
                    kr.setKpiId(kpiIds.get(k.kpiId()));
                    kr.save();
                }
            }
            kpiIds.values().forEach(id -> KpiMeasuredKeyResults.refresh(ao, id, cycle -> { }));
            for (BackupDocument.Proposal p : doc.proposals() == null ? List.<BackupDocument.Proposal>of() : doc.proposals()) {
                boolean recovery = "RECOVERY".equals(p.kind());
                Long kpi = p.kpiId() == null ? null : kpiIds.get(p.kpiId());
                Long kr = p.keyResultIssueKey() == null ? null : issueIds.get(p.keyResultIssueKey());
                ao.create(LoopProposalEntity.class,
                        new DBParam("PROPOSAL_KEY", recovery ? ProposalDecision.recoveryKey(kpi, LocalDate.parse(p.cycleStart()))
                                : ProposalDecision.promotionKey(kr)),
                        new DBParam("KIND", p.kind()), new DBParam("KPI_ID", kpi), new DBParam("KEY_RESULT_ISSUE_ID", kr),
                        new DBParam("STATE", p.state()), new DBParam("DECIDED_BY", p.decidedBy()),
                        new DBParam("DECIDED_AT", Instant.parse(p.decidedAt()).toEpochMilli()),
                        new DBParam("REASON", p.reason()),
                        new DBParam("CREATED_OBJECTIVE_ISSUE_ID", p.createdObjectiveIssueKey() == null ? null
                                : issueIds.get(p.createdObjectiveIssueKey())),
                        new DBParam("CREATED_KEY_RESULT_ISSUE_ID", p.createdKeyResultIssueKey() == null ? null
                                : issueIds.get(p.createdKeyResultIssueKey())),
                        new DBParam("CREATED_KPI_ID", p.createdKpiId() == null ? null : kpiIds.get(p.createdKpiId())));
            }
            if (doc.settings() != null) {
                // restored, not saved by anyone here: no author, the time of the restore
                ActiveObjectsSettingsStore.write(ao, doc.settings(), null, System.currentTimeMillis());
            }
            return new BackupDocument.RestoreSummary(doc.cycles().size(), doc.objectives().size(), doc.keyResults().size(),
                    doc.checkIns().size(), doc.kpis().size(), doc.measurements().size(), doc.finalScores().size());
        });
    }
}
