package com.emeraldokr.core.service.backup;

import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.port.BackupStore;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KpiSourceReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A restore applies the same input rules as the ordinary API, through the same validators, and writes nothing on a failure. */
class BackupRestoreRulesTest {

    private final BackupStore store = mock(BackupStore.class);
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final KpiSourceReader sources = mock(KpiSourceReader.class);
    private final BackupService service = new BackupService(store, issues, sources, new BundleMessages(Locale.ENGLISH),
            Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void emptyInstance() {
        when(store.modelVersion()).thenReturn(3);
        when(store.isEmpty()).thenReturn(true);
        when(sources.problems(any())).thenReturn(List.of());
    }

    private static BackupDocument document(BackupDocument.KeyResult keyResult, BackupDocument.CheckIn checkIn,
                                           BackupDocument.Kpi kpi) {
        return new BackupDocument(BackupDocument.FORMAT, 3, "2026-11-20T09:00:00Z",
                List.of(new BackupDocument.Cycle(1L, "Q4", "2026-10-01", "2026-12-31", "UTC", "ACTIVE")),
                List.of(new BackupDocument.Objective("OKR-1", 1L, "COMMITTED")),
                keyResult == null ? List.of() : List.of(keyResult), checkIn == null ? List.of() : List.of(checkIn),
                kpi == null ? List.of() : List.of(kpi), List.of());
    }

    private static BackupDocument.KeyResult keyResult(String kind, String start, String target, String unit) {
        return new BackupDocument.KeyResult("OKR-2", "OKR-1", kind, start, target, null, unit, "1", 1);
    }

    private static BackupDocument.Kpi kpi(String target, String jql) {
        return new BackupDocument.Kpi(5L, "Uptime", "", "admin", null, "OPERATIONAL", "LAGGING", "%", "HIGHER_IS_BETTER",
                target, null, null, "0.9", "0.7", "MONTHLY", null, false, 1, jql, jql == null ? null : "COUNT", null);
    }

    private List<String> rejectedFields(BackupDocument doc) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.restore(doc));
        assertThat(e).as("restore refused").isNotNull();
        verify(store, never()).writeAll(any(), any());
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static BackupDocument withSettings(com.emeraldokr.api.request.OkrSettingsDocument settings) {
        BackupDocument d = document(null, null, null);
        return new BackupDocument(d.format(), 6, d.exportedAt(), d.cycles(), d.objectives(), d.keyResults(), d.checkIns(),
                d.kpis(), d.measurements(), List.of(), settings);
    }

    @Test
    void settingsInABackupObeyTheSettingsPagesRulesAndAreWrittenNormalised() {
        when(store.modelVersion()).thenReturn(6);
        assertThat(rejectedFields(withSettings(new com.emeraldokr.api.request.OkrSettingsDocument(new java.math.BigDecimal("0.9"),
                null, null, null, "SOMETIMES", 13, null, java.util.Map.of("PLAT", "DAILY"), null, "Nowhere/Land"))))
                .containsExactly("settings.gradeGreenFrom", "settings.statusMode", "settings.fiscalYearStartMonth",
                        "settings.teamCadences.PLAT", "settings.timeZone");

        when(issues.findVisibleByKey("OKR-1")).thenReturn(java.util.Optional.of(new com.emeraldokr.core.port.IssueSummary(101, "OKR-1", "o")));
        service.restore(withSettings(new com.emeraldokr.api.request.OkrSettingsDocument(null, null, null, null, "weighted_progress",
                4, "monthly", java.util.Map.of("plat", "biweekly"), false, "Europe/Berlin")));
        verify(store).writeAll(org.mockito.ArgumentMatchers.argThat(d -> d.settings() != null
                && d.settings().statusMode().equals("WEIGHTED_PROGRESS") && d.settings().defaultCadence().equals("MONTHLY")
                && d.settings().teamCadences().equals(java.util.Map.of("PLAT", "BIWEEKLY"))
                && d.settings().gradeGreenFrom().compareTo(new java.math.BigDecimal("0.7")) == 0
                && !d.settings().alignmentRollup()), any());
    }

    @Test
    void aUnitLongerThanTheApiAllowsIsRefusedByName() {
        assertThat(rejectedFields(document(keyResult("INCREASE_TO", "0", "10", "u".repeat(100)), null, null)))
                .containsExactly("keyResults[0].unit");
    }

    @Test
    void anIncreaseWhoseTargetIsBelowItsStartIsRefusedAsTheApiRefusesIt() {
        assertThat(rejectedFields(document(keyResult("INCREASE_TO", "50", "10", ""), null, null)))
                .containsExactly("keyResults[0].target");
    }

    @Test
    void aCheckInConfidenceOutsideZeroToTenIsRefused() {
        BackupDocument.CheckIn checkIn = new BackupDocument.CheckIn("OKR-2", "2026-11-01T10:00:00Z", "5", 11, "", null);
        assertThat(rejectedFields(document(keyResult("INCREASE_TO", "0", "10", ""), checkIn, null)))
                .containsExactly("checkIns[0].confidence");
    }

    @Test
    void aKpiIsCheckedByTheApiRulesIncludingTheJqlParser() {
        when(sources.problems(any())).thenReturn(List.of("Field 'nope' does not exist."));
        assertThat(rejectedFields(document(null, null, kpi("99", "nope = 1")))).containsExactly("kpis[0].source.jql");
        assertThat(rejectedFields(document(null, null, kpi("lots", null)))).containsOnly("kpis[0].target");
        assertThat(rejectedFields(document(null, null, kpi("-1", null)))).as("targets below zero work")
                .doesNotContain("kpis[0].target").containsOnly("issues");
    }

    private static BackupDocument withFinalScores(String cycleState, BackupDocument.FinalScore... scores) {
        return new BackupDocument(BackupDocument.FORMAT, 4, "2026-11-20T09:00:00Z",
                List.of(new BackupDocument.Cycle(1L, "Q4", "2026-10-01", "2026-12-31", "UTC", cycleState)),
                List.of(new BackupDocument.Objective("OKR-1", 1L, "COMMITTED", true)),
                List.of(keyResult("INCREASE_TO", "0", "10", "")), List.of(), List.of(), List.of(), List.of(scores));
    }

    private static BackupDocument.FinalScore finalScore(String issueKey, String score, String computed, String reason) {
        return new BackupDocument.FinalScore(issueKey, score, computed, reason, "2027-01-02T09:00:00Z", "admin");
    }

    @Test
    void finalScoresObeyTheRulesOfClosingACycle() {
        when(store.modelVersion()).thenReturn(4);
        assertThat(rejectedFields(withFinalScores("CLOSED",
                finalScore("OKR-1", "0.6", "0.4", " "),
                finalScore("OKR-2", "1.5", "0.2", "raised"),
                finalScore("OKR-2", "0.2", "-0.1", null),
                finalScore("OKR-7", "0.2", "0.2", null))))
                .containsExactlyInAnyOrder("finalScores[0].overrideReason", "finalScores[1].score",
                        "finalScores[1].overrideReason", "finalScores[2].issueKey", "finalScores[2].computedScore",
                        "finalScores[3].issueKey");
        // frozen scores belong to closed cycles only
        assertThat(rejectedFields(withFinalScores("ACTIVE", finalScore("OKR-1", "0.6", "0.6", null))))
                .containsExactly("finalScores[0].issueKey");
    }

    @Test
    void validFinalScoresAndTheArchivedFlagAreWritten() {
        when(store.modelVersion()).thenReturn(4);
        when(issues.findVisibleByKey("OKR-1")).thenReturn(java.util.Optional.of(new com.emeraldokr.core.port.IssueSummary(101, "OKR-1", "o")));
        when(issues.findVisibleByKey("OKR-2")).thenReturn(java.util.Optional.of(new com.emeraldokr.core.port.IssueSummary(102, "OKR-2", "k")));
        BackupDocument doc = withFinalScores("CLOSED", finalScore("OKR-1", "0.6", "0.4", "Scope cut"),
                finalScore("OKR-2", "0.4", "0.4", null));
        service.restore(doc);
        verify(store).writeAll(org.mockito.ArgumentMatchers.argThat(d -> d.finalScores().size() == 2
                && Boolean.TRUE.equals(d.objectives().get(0).archived())), any());
    }

    @Test
    void twoKeysOfOneIssueAreRefusedNamingTheLaterEntry() {
        // Jira still answers to the key an issue had before it moved: both keys find issue 101
        when(issues.findVisibleByKey("OKR-1")).thenReturn(java.util.Optional.of(new com.emeraldokr.core.port.IssueSummary(101, "OKR-1", "o")));
        when(issues.findVisibleByKey("OLD-1")).thenReturn(java.util.Optional.of(new com.emeraldokr.core.port.IssueSummary(101, "OKR-1", "o")));
        BackupDocument.KeyResult movedObjective = new BackupDocument.KeyResult("OLD-1", "OKR-1", "INCREASE_TO", "0", "10", null,
                "", "1", 1);

        assertThat(rejectedFields(document(movedObjective, null, null))).containsExactly("keyResults[0].issueKey");
    }

    @Test
    void aMeasurementFromAnUnknownSourceOrANoteAuthorTooLongIsRefused() {
        BackupDocument doc = document(keyResult("INCREASE_TO", "0", "10", ""),
                new BackupDocument.CheckIn("OKR-2", "2026-11-01T10:00:00Z", "5", 5, "", "a".repeat(256)), kpi("99", null));
        BackupDocument withMeasurement = new BackupDocument(doc.format(), doc.modelVersion(), doc.exportedAt(), doc.cycles(),
                doc.objectives(), doc.keyResults(), doc.checkIns(), doc.kpis(),
                List.of(new BackupDocument.Measurement(5L, "2026-10", "99.5", "2026-11-01T10:00:00Z", "SPREADSHEET", "")),
                List.of());

        assertThat(rejectedFields(withMeasurement)).containsExactlyInAnyOrder("checkIns[0].author", "measurements[0].source");
    }
}
