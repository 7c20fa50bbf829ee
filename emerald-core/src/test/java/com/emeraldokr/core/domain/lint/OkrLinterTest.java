package com.emeraldokr.core.domain.lint;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.Progress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class OkrLinterTest {

    private final OkrLinter linter = new OkrLinter(LintVocabulary.load(Locale.ENGLISH), LintThresholds.DEFAULTS);

    private static LintSubjects.KeyResult kr(String key, String summary, KeyResultKind kind, String start, String target, String progress) {
        return new LintSubjects.KeyResult(key, summary, kind, new BigDecimal(start), new BigDecimal(target), Progress.of(progress));
    }

    private static LintSubjects.KeyResult good(String key) {
        return kr(key, "Raise weekly active teams from 1200 to 2000", KeyResultKind.INCREASE_TO, "1200", "2000", "0.3");
    }

    private static LintSubjects.Objective objective(String key, Commitment c, LintSubjects.KeyResult... krs) {
        return new LintSubjects.Objective(key, "Make the platform a joy to build on", "Platform", c, List.of(krs));
    }

    private List<String> rules(List<LintFinding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.subject()).toList();
    }

    @Test
    void aWellFormedObjectiveHasNoFindings() {
        assertThat(linter.lint(List.of(objective("O-1", Commitment.COMMITTED, good("K-1"), good("K-2"))), List.of(), 0.3)).isEmpty();
    }

    @Test
    void keepingAStateIsAKpi() {
        List<LintFinding> f = linter.lint(List.of(objective("O-1", Commitment.ASPIRATIONAL,
                kr("K-1", "Maintain 99.5% uptime", KeyResultKind.INCREASE_TO, "99", "99.5", "0.5"),
                kr("K-2", "At least 20 demos every month", KeyResultKind.INCREASE_TO, "10", "20", "0.5"),
                kr("K-3", "Latency stays within budget", KeyResultKind.INCREASE_TO, "1", "2", "0.5"),
                kr("K-4", "Keeper churn from 9% to 5%", KeyResultKind.DECREASE_TO, "9", "5", "0.5"))), List.of(), 0.3);
        assertThat(rules(f)).containsExactly("kr-is-kpi:K-1", "kr-is-kpi:K-2", "kr-is-kpi:K-3");
    }

    @Test
    void stayKindsOnACommittedObjectiveAreKpis() {
        LintSubjects.KeyResult stay = kr("K-9", "Error budget above 30%", KeyResultKind.STAY_ABOVE, "40", "30", "1");
        assertThat(rules(linter.lint(List.of(objective("O-1", Commitment.COMMITTED, stay, good("K-2"))), List.of(), 0.3)))
                .containsExactly("kr-is-kpi:K-9");
        assertThat(linter.lint(List.of(objective("O-2", Commitment.ASPIRATIONAL, stay, good("K-3"))), List.of(), 0.3)).isEmpty();
    }

    @Test
    void aKpiWithADeadlineIsAnOkr() {
        List<LintFinding> f = linter.lint(List.of(), List.of(
                new LintSubjects.Kpi("KPI-1", "Uptime", LocalDate.of(2026, 12, 31)),
                new LintSubjects.Kpi("KPI-2", "Reduce churn to 3% by Q3", null),
                new LintSubjects.Kpi("KPI-3", "Support resolution time", null)), 0.3);
        assertThat(rules(f)).containsExactly("kpi-is-okr:KPI-1", "kpi-is-okr:KPI-2");
    }

    @Test
    void keyResultAndObjectiveCounts() {
        List<LintSubjects.Objective> objectives = new ArrayList<>();
        objectives.add(objective("O-1", Commitment.COMMITTED, good("K-1")));
        objectives.add(objective("O-2", Commitment.COMMITTED, good("A"), good("B"), good("C"), good("D"), good("E"), good("F")));
        for (int i = 3; i <= 6; i++) {
            objectives.add(objective("O-" + i, Commitment.COMMITTED, good("X" + i), good("Y" + i)));
        }
        List<LintFinding> f = linter.lint(objectives, List.of(), 0.3);
        assertThat(rules(f)).containsExactly("too-few-key-results:O-1", "too-many-key-results:O-2", "too-many-objectives:Platform");
        assertThat(f.get(2).arguments()).containsExactly("Platform", 6, 5);
    }

    @Test
    void activitiesAndTargetsThatMeasureNothing() {
        List<LintFinding> f = linter.lint(List.of(objective("O-1", Commitment.COMMITTED,
                kr("K-1", "Ship the redesign", KeyResultKind.MILESTONE, "0", "1", "0"),
                kr("K-2", "Migrate 40 services to the new cluster", KeyResultKind.INCREASE_TO, "0", "40", "0.2"),
                kr("K-3", "Improve NPS", KeyResultKind.INCREASE_TO, "31", "31", "1"))), List.of(), 0.3);
        assertThat(rules(f)).containsExactly("activity-not-outcome:K-1", "no-measurable-target:K-3");
        assertThat(f.get(1).severity()).isEqualTo(LintSeverity.ERROR);
    }

    @Test
    void sandbaggingAndFallingBehindDependOnTheElapsedShare() {
        LintSubjects.Objective easy = objective("O-1", Commitment.ASPIRATIONAL,
                kr("K-1", "Grow signups from 10 to 20", KeyResultKind.INCREASE_TO, "10", "20", "1"),
                kr("K-2", "Grow trials from 5 to 8", KeyResultKind.INCREASE_TO, "5", "8", "1"));
        LintSubjects.Objective behind = objective("O-2", Commitment.COMMITTED,
                kr("K-3", "Cut build time from 18 to 8 min", KeyResultKind.DECREASE_TO, "18", "8", "0.2"),
                kr("K-4", "Grow deploys from 3 to 10", KeyResultKind.INCREASE_TO, "3", "10", "0.3"));
        assertThat(rules(linter.lint(List.of(easy, behind), List.of(), 0.3))).containsExactly("sandbagging:O-1");
        assertThat(rules(linter.lint(List.of(easy, behind), List.of(), 0.6))).containsExactly("committed-behind:O-2");
    }

    @Test
    void everyRuleHasAManagerReadableMessage() {
        ResourceBundle bundle = new BundleMessages(Locale.ENGLISH).bundle();
        for (String rule : List.of("kr-is-kpi", "kpi-is-okr", "too-few-key-results", "too-many-key-results",
                "too-many-objectives", "no-measurable-target", "activity-not-outcome", "sandbagging", "committed-behind")) {
            assertThat(bundle.containsKey("emerald.lint." + rule)).as(rule).isTrue();
        }
        LintFinding f = linter.lint(List.of(objective("O-1", Commitment.COMMITTED, good("K-1"))), List.of(), 0.1).get(0);
        assertThat(new BundleMessages(Locale.ENGLISH).text(f.messageKey(), f.arguments().toArray()))
                .isEqualTo("O-1 has 1 key results; use at least 2 so progress does not hang on one number.");
    }

    @Test
    void theWordListsAreDataThatAnotherVocabularyReplaces() {
        LintVocabulary german = new LintVocabulary(List.of("halten"), List.of(), List.of(), List.of("ausliefern"), List.of(), List.of());
        OkrLinter linterDe = new OkrLinter(german, LintThresholds.DEFAULTS);
        List<LintFinding> f = linterDe.lint(List.of(objective("O-1", Commitment.ASPIRATIONAL,
                kr("K-1", "Verfügbarkeit bei 99,5 % halten", KeyResultKind.INCREASE_TO, "99", "99.5", "0.5"),
                kr("K-2", "Neues Design ausliefern", KeyResultKind.MILESTONE, "0", "1", "0"))), List.of(), 0.3);
        assertThat(rules(f)).containsExactly("kr-is-kpi:K-1", "activity-not-outcome:K-2");
    }
}
