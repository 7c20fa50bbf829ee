package com.emeraldokr.core.domain.lint;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.Progress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that judge an objective as it shows, name metrics in titles and yes/no results without a number. */
class OkrLinterRulesTest {

    private final OkrLinter linter = new OkrLinter(LintVocabulary.load(Locale.ENGLISH), LintThresholds.DEFAULTS);

    private static LintSubjects.KeyResult kr(String key, String summary, KeyResultKind kind, String start, String target,
                                             String progress) {
        return new LintSubjects.KeyResult(key, summary, kind, new BigDecimal(start), new BigDecimal(target), Progress.of(progress));
    }

    private static LintSubjects.KeyResult good(String key, String progress) {
        return kr(key, "Raise weekly active teams from 1200 to 2000", KeyResultKind.INCREASE_TO, "1200", "2000", progress);
    }

    private List<String> rules(List<LintFinding> findings) {
        return findings.stream().map(f -> f.ruleId() + ":" + f.subject()).toList();
    }

    @Test
    void anObjectiveWhoseTitleStatesAMetricIsFlagged() {
        for (String title : List.of("Grow revenue by 20%", "Reach 10k weekly users", "Cut build time to 8 minutes",
                "Win $2M in new business", "Answer support tickets within 4 hours")) {
            LintSubjects.Objective o = new LintSubjects.Objective("O-1", title, "T", Commitment.COMMITTED,
                    List.of(good("K-1", "0.5"), good("K-2", "0.5")));
            assertThat(rules(linter.lint(List.of(o), List.of(), 0.2))).as(title).containsExactly("objective-states-metric:O-1");
        }
        LintSubjects.Objective qualitative = new LintSubjects.Objective("O-2", "Make releases boring", "T", Commitment.COMMITTED,
                List.of(good("K-1", "0.5"), good("K-2", "0.5")));
        assertThat(linter.lint(List.of(qualitative), List.of(), 0.2)).isEmpty();
    }

    @Test
    void aYesNoKeyResultThatNamesNoNumberHasNoMeasurableTarget() {
        List<LintFinding> f = linter.lint(List.of(new LintSubjects.Objective("O-1", "Make onboarding effortless", "T",
                Commitment.COMMITTED, List.of(
                        kr("K-1", "Onboarding feels effortless", KeyResultKind.MILESTONE, "0", "1", "0"),
                        kr("K-2", "Under 3 support questions per new team", KeyResultKind.MILESTONE, "0", "1", "0"),
                        good("K-3", "0.5")))), List.of(), 0.2);
        assertThat(rules(f)).containsExactly("no-measurable-target:K-1");
        assertThat(f.get(0).messageKey()).isEqualTo("emerald.lint.no-measurable-target.no-number");
        assertThat(new BundleMessages(Locale.ENGLISH).text(f.get(0).messageKey(), f.get(0).arguments().toArray()))
                .contains("Onboarding feels effortless");
    }

    @Test
    void committedBehindJudgesTheProgressTheObjectiveShows() {
        List<LintSubjects.KeyResult> krs = List.of(good("K-1", "0.1"), good("K-2", "0.9"));
        // plain mean 0.5, but weighted towards the lagging key result the objective shows 0.26
        LintSubjects.Objective weighted = new LintSubjects.Objective("O-1", "Make releases boring", "T", Commitment.COMMITTED,
                krs, Progress.of("0.26"));
        LintSubjects.Objective plain = new LintSubjects.Objective("O-2", "Make releases boring", "T", Commitment.COMMITTED, krs);
        assertThat(rules(linter.lint(List.of(weighted, plain), List.of(), 0.6))).containsExactly("committed-behind:O-1");
    }

    @Test
    void learningObjectivesMayListExperimentsAndAreNotJudgedBehind() {
        List<LintSubjects.KeyResult> krs = List.of(
                kr("K-1", "Launch the pricing experiment", KeyResultKind.MILESTONE, "0", "1", "0"),
                kr("K-2", "Interview 12 churned customers", KeyResultKind.INCREASE_TO, "0", "12", "0.1"));
        LintSubjects.Objective learning = new LintSubjects.Objective("O-1", "Learn why teams leave", "T", Commitment.LEARNING, krs);
        LintSubjects.Objective committed = new LintSubjects.Objective("O-2", "Learn why teams leave", "T", Commitment.COMMITTED, krs);
        // an experiment is no activity to a learning objective; a yes/no result without a number is still flagged
        assertThat(rules(linter.lint(List.of(learning), List.of(), 0.8))).containsExactly("no-measurable-target:K-1");
        assertThat(rules(linter.lint(List.of(committed), List.of(), 0.8)))
                .containsExactly("activity-not-outcome:K-1", "committed-behind:O-2");
    }

    @Property
    void anyDigitInAnObjectiveTitleStatesAMetric(@ForAll @IntRange(min = 0, max = 1_000_000) int number) {
        LintSubjects.Objective o = new LintSubjects.Objective("O-1", "Delight " + number + " teams", "T", Commitment.COMMITTED,
                List.of(good("K-1", "0.5"), good("K-2", "0.5")));
        assertThat(rules(linter.lint(List.of(o), List.of(), 0.2))).containsExactly("objective-states-metric:O-1");
    }
}
