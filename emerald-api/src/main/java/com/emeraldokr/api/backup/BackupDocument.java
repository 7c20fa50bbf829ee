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
                             OkrSettingsDocument settings) {

    /** A document without OKR settings (before model 6, or an instance that never saved any). */
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

    public record KeyResult(String issueKey, String objectiveIssueKey, String kind, String start, String target,
                            String upper, String unit, String weight, Integer version) {
    }

    public record CheckIn(String keyResultIssueKey, String at, String value, Integer confidence, String note, String author) {
    }

    public record Kpi(Long id, String name, String description, String ownerKey, String projectKey, String category,
                      String timing, String unit, String direction, String target, String rangeLow, String rangeHigh,
                      String healthyThreshold, String watchThreshold, String cadence, String targetDate, Boolean archived,
                      Integer version, String sourceJql, String sourceAggregate, String sourceField) {
    }

    public record Measurement(Long kpiId, String period, String value, String recordedAt, String source, String note) {
    }

    /** How much a restore wrote. */
    public record RestoreSummary(int cycles, int objectives, int keyResults, int checkIns, int kpis, int measurements,
                                 int finalScores) {
    }
}
