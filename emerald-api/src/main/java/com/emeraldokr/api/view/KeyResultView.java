package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key result with its assessment; {@code upper} is set for STAY_WITHIN bands only. {@code checkIns} holds the history when one objective is read
 * and is empty in list reads such as the gadget's. {@code completion} is the work under the linked epics: set for
 * ISSUE_COMPLETION key results, and for any key result with linked epics when one objective is read; null otherwise.
 * {@code finalScore} is the score frozen when the cycle closed (then also {@code progress}, {@code score}, {@code grade}
 * and {@code status} are the frozen ones); null while the cycle is open. {@code team} is the issue's project key; the
 * owner is the issue's assignee ({@code ownerKey} the user key, {@code ownerName} the display name), both null when it
 * is unassigned. {@code kpiId} names the KPI whose measurements are the key result's check-ins (people do not check
 * in on it); null otherwise.
 */
public record KeyResultView(long issueId, String issueKey, String summary, String kind,
                            BigDecimal start, BigDecimal target, BigDecimal upper, String unit, BigDecimal current, BigDecimal weight,
                            BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                            String lastCheckInAt, Integer confidence, List<CheckInView> checkIns, int version,
                            WorkCompletionView completion, BigDecimal finalScore, String team, String ownerKey,
                            String ownerName, Long kpiId) {

    /** A key result people check in on. */
    public KeyResultView(long issueId, String issueKey, String summary, String kind,
                         BigDecimal start, BigDecimal target, BigDecimal upper, String unit, BigDecimal current, BigDecimal weight,
                         BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                         String lastCheckInAt, Integer confidence, List<CheckInView> checkIns, int version,
                         WorkCompletionView completion, BigDecimal finalScore, String team, String ownerKey, String ownerName) {
        this(issueId, issueKey, summary, kind, start, target, upper, unit, current, weight, progress, percent, score, grade,
                status, lastCheckInAt, confidence, checkIns, version, completion, finalScore, team, ownerKey, ownerName, null);
    }

    /** A key result of an open cycle, without owner details. */
    public KeyResultView(long issueId, String issueKey, String summary, String kind,
                         BigDecimal start, BigDecimal target, BigDecimal upper, String unit, BigDecimal current, BigDecimal weight,
                         BigDecimal progress, int percent, BigDecimal score, String grade, String status,
                         String lastCheckInAt, Integer confidence, List<CheckInView> checkIns, int version,
                         WorkCompletionView completion) {
        this(issueId, issueKey, summary, kind, start, target, upper, unit, current, weight, progress, percent, score, grade,
                status, lastCheckInAt, confidence, checkIns, version, completion, null, null, null, null, null);
    }
}
