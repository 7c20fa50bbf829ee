package com.emeraldokr.api.backup;

import com.emeraldokr.api.request.OkrSettingsDocument;

import java.util.List;

/**
 * All of Emerald's data as one JSON document, for moving it between instances. Objectives and key
 * results are named by issue key, because issue ids differ between Jira instances; cycles and KPIs
 * by their ids in the exporting instance, which the import maps to new ones. {@code finalScores}
 * (model 4) holds the scores frozen when cycles closed, for objectives and key results alike;
 * {@code settings} (model 6) the administrator's OKR settings, null when none were ever saved.
 */
public record BackupDocument(String format, Integer modelVersion, String exportedAt, List<Cycle> cycles,
                             List<Objective> objectives, List<KeyResult> keyResults, List<CheckIn> checkIns,
                             List<Kpi> kpis, List<Measurement> measurements, List<FinalScore> finalScores,
                             OkrSettingsDocument settings, List<Proposal> proposals) {

    /** A document without decisions on proposals (before model 7). */
    public BackupDocument(String format, Integer modelVersion, String exportedAt, List<Cycle> cycles,
                          List<Objective> objectives, List<KeyResult> keyResults, List<CheckIn> checkIns,
                          List<Kpi> kpis, List<Measurement> measurements, List<FinalScore> finalScores,
                          OkrSettingsDocument settings) {
        this(format, modelVersion, exportedAt, cycles, objectives, keyResults, checkIns, kpis, measurements, finalScores,
                settings, null);
    }

    /** A document without OKR settings or decisions on proposals, as models 4 and 5 wrote it. */
    public BackupDocument(String format, Integer modelVersion, String exportedAt, List<Cycle> cycles,
                          List<Objective> objectives, List<KeyResult> keyResults, List<CheckIn> checkIns,
                          List<Kpi> kpis, List<Measurement> measurements, List<FinalScore> finalScores) {
        this(format, modelVersion, exportedAt, cycles, objectives, keyResults, checkIns, kpis, measurements, finalScores, null);
    }

    /** A document without final scores, as models 1 to 3 wrote it. */
    public BackupDocument(String format, Integer modelVersion, String exportedAt, List<Cycle> cycles,
                          List<Objective> objectives, List<KeyResult> keyResults, List<CheckIn> checkIns,
                          List<Kpi> kpis, List<Measurement> measurements) {
        this(format, modelVersion, exportedAt, cycles, objectives, keyResults, checkIns, kpis, measurements, null, null);
    }

    public static final String FORMAT = "emerald-backup";

    public record Cycle(Long id, String name, String start, String end, String timeZone, String state) {
    }

    /** {@code archived} is absent (null) in documents before model 4, meaning not archived. */
    public record Objective(String issueKey, Long cycleId, String commitment, Boolean archived) {

        public Objective(String issueKey, Long cycleId, String commitment) {
            this(issueKey, cycleId, commitment, null);
        }
    }

    /**
     * The frozen score of objective or key result {@code issueKey}; {@code overrideReason} is set when
     * an administrator overrode the computed score. {@code frozenAt} is when the cycle closed.
     */
    public record FinalScore(String issueKey, String score, String computedScore, String overrideReason, String frozenAt,
                             String author) {
    }

    /** {@code kpiId} (model 7) names the KPI, by its id in the document, whose measurements are the check-ins. */
    public record KeyResult(String issueKey, String objectiveIssueKey, String kind, String start, String target,
                            String upper, String unit, String weight, Integer version, Long kpiId) {

        public KeyResult(String issueKey, String objectiveIssueKey, String kind, String start, String target,
                         String upper, String unit, String weight, Integer version) {
            this(issueKey, objectiveIssueKey, kind, start, target, upper, unit, weight, version, null);
        }
    }

    public record CheckIn(String keyResultIssueKey, String at, String value, Integer confidence, String note, String author) {
    }

    public record Kpi(Long id, String name, String description, String ownerKey, String projectKey, String category,
                      String timing, String unit, String direction, String target, String rangeLow, String rangeHigh,
                      String healthyThreshold, String watchThreshold, String cadence, String targetDate, Boolean archived,
                      Integer version, String sourceJql, String sourceAggregate, String sourceField, String toleranceType,
                      String tolerance, Integer earlyWarningPeriods) {

        /**
         * A KPI as models 1 to 5 wrote it, with ratio thresholds; restoring it gives the tolerance band that
         * keeps the unhealthy edge of {@code watchThreshold}.
         */
        public Kpi(Long id, String name, String description, String ownerKey, String projectKey, String category,
                   String timing, String unit, String direction, String target, String rangeLow, String rangeHigh,
                   String healthyThreshold, String watchThreshold, String cadence, String targetDate, Boolean archived,
                   Integer version, String sourceJql, String sourceAggregate, String sourceField) {
            this(id, name, description, ownerKey, projectKey, category, timing, unit, direction, target, rangeLow, rangeHigh,
                    healthyThreshold, watchThreshold, cadence, targetDate, archived, version, sourceJql, sourceAggregate,
                    sourceField, null, null, null);
        }
    }

    /**
     * A period's value with its audit trail (model 7): {@code recordedAt} is the last write, {@code deletedAt}
     * set for a deleted value that is kept for the record.
     */
    public record Measurement(Long kpiId, String period, String value, String recordedAt, String source, String note,
                              String createdAt, String createdBy, String updatedBy, String deletedAt, String deletedBy) {

        public Measurement(Long kpiId, String period, String value, String recordedAt, String source, String note) {
            this(kpiId, period, value, recordedAt, source, note, null, null, null, null, null);
        }
    }

    /**
     * A decision on a proposal of the KPI ↔ OKR loop (model 7): {@code kind} RECOVERY of KPI {@code kpiId} for
     * the cycle starting {@code cycleStart}, or PROMOTION of key result {@code keyResultIssueKey}; {@code state}
     * ACCEPTED or DISMISSED; what accepting created by issue key and KPI id.
     */
    public record Proposal(String kind, Long kpiId, String cycleStart, String keyResultIssueKey, String state,
                           String decidedBy, String decidedAt, String reason, String createdObjectiveIssueKey,
                           String createdKeyResultIssueKey, Long createdKpiId) {
    }

    /** How much a restore wrote. */
    public record RestoreSummary(int cycles, int objectives, int keyResults, int checkIns, int kpis, int measurements,
                                 int finalScores) {
    }
}
