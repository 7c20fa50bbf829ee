package com.emeraldokr.core.domain.lint;

import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.Progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the classic OKR mistakes: KPIs dressed as key results and the reverse,
 * too few or too many key results, too many objectives per team, activities instead of outcomes,
 * targets that measure nothing, sandbagging, and committed objectives falling behind.
 */
public final class OkrLinter {

    private final LintVocabulary words;
    private final LintThresholds limits;

    public OkrLinter(LintVocabulary words, LintThresholds limits) {
        this.words = Objects.requireNonNull(words, "words");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Lints the objectives of one cycle and the KPIs in use. {@code elapsedShare} is how much of
     * the cycle has passed (0 to 1); the time-aware rules need it.
     */
    public List<LintFinding> lint(Collection<LintSubjects.Objective> objectives, Collection<LintSubjects.Kpi> kpis,
                                  double elapsedShare) {
        List<LintFinding> findings = new ArrayList<>();
        Map<String, List<String>> objectivesByTeam = new LinkedHashMap<>();
        for (LintSubjects.Objective o : objectives) {
            lintObjective(o, elapsedShare, findings);
            if (o.team() != null) {
                objectivesByTeam.computeIfAbsent(o.team(), t -> new ArrayList<>()).add(o.key());
            }
        }
        objectivesByTeam.forEach((team, keys) -> {
            if (keys.size() > limits.maxObjectivesPerTeam()) {
                findings.add(LintFinding.of("too-many-objectives", LintSeverity.WARNING, team, team, keys.size(),
                        limits.maxObjectivesPerTeam()));
            }
        });
        for (LintSubjects.Kpi kpi : kpis) {
            boolean deadline = kpi.targetDate() != null;
            boolean changeByDate = LintVocabulary.mentions(kpi.name(), words.changeWords())
                    && LintVocabulary.mentions(kpi.name(), words.deadlinePhrases());
            if (deadline || changeByDate) {
                findings.add(LintFinding.of("kpi-is-okr", LintSeverity.WARNING, kpi.key(), kpi.name()));
            }
        }
        return findings;
    }

    private void lintObjective(LintSubjects.Objective o, double elapsed, List<LintFinding> findings) {
        if (statesAMetric(o.summary())) {
            findings.add(LintFinding.of("objective-states-metric", LintSeverity.WARNING, o.key(), o.key(), o.summary()));
        }
        int count = o.keyResults().size();
        if (count < limits.minKeyResults()) {
            findings.add(LintFinding.of("too-few-key-results", LintSeverity.WARNING, o.key(), o.key(), count, limits.minKeyResults()));
        } else if (count > limits.maxKeyResults()) {
            findings.add(LintFinding.of("too-many-key-results", LintSeverity.WARNING, o.key(), o.key(), count, limits.maxKeyResults()));
        }
        for (LintSubjects.KeyResult kr : o.keyResults()) {
            lintKeyResult(o, kr, findings);
        }
        if (count == 0) {
            return;
        }
        if (o.commitment() == Commitment.ASPIRATIONAL && elapsed < limits.sandbaggingBeforeElapsed()
                && o.keyResults().stream().allMatch(kr -> kr.progress().isComplete())) {
            findings.add(LintFinding.of("sandbagging", LintSeverity.INFO, o.key(), o.key()));
        }
        if (o.commitment() == Commitment.COMMITTED && elapsed >= limits.committedBehindAfterElapsed()) {
            Progress progress = o.progress();
            if (progress.value().compareTo(limits.committedBehindScore()) < 0) {
                findings.add(LintFinding.of("committed-behind", LintSeverity.WARNING, o.key(), o.key(),
                        progress.value().toPlainString()));
            }
        }
    }

    private void lintKeyResult(LintSubjects.Objective o, LintSubjects.KeyResult kr, List<LintFinding> findings) {
        String text = kr.summary();
        boolean keepsAState = LintVocabulary.mentions(text, words.stateWords())
                || (LintVocabulary.mentions(text, words.boundPhrases()) && LintVocabulary.mentions(text, words.recurrencePhrases()))
                || (kr.kind().keepsAState() && o.commitment() == Commitment.COMMITTED);
        if (keepsAState) {
            findings.add(LintFinding.of("kr-is-kpi", LintSeverity.WARNING, kr.key(), text));
        }
        boolean changeKind = kr.kind() == KeyResultKind.INCREASE_TO || kr.kind() == KeyResultKind.DECREASE_TO;
        boolean activity = !LintVocabulary.hasNumber(text) && LintVocabulary.mentions(text, words.activityWords())
                // a learning objective's key results are the experiments that answer its question
                && o.commitment() != Commitment.LEARNING;
        if (changeKind && kr.start() != null && kr.target() != null && kr.start().compareTo(kr.target()) == 0) {
            findings.add(LintFinding.of("no-measurable-target", LintSeverity.ERROR, kr.key(), text));
        } else if (activity) {
            findings.add(LintFinding.of("activity-not-outcome", LintSeverity.WARNING, kr.key(), text));
        } else if (kr.kind() == KeyResultKind.MILESTONE && !LintVocabulary.hasNumber(text)) {
            // a yes/no key result whose words name no number either: nothing in it can be measured
            findings.add(new LintFinding("no-measurable-target", LintSeverity.WARNING, kr.key(),
                    "emerald.lint.no-measurable-target.no-number", List.of(text)));
        }
    }

    /**
     * An objective says what and why; numbers belong in its key results. A digit, a percent or currency
     * sign, or a unit word from the vocabulary in its title states a metric.
     */
    private boolean statesAMetric(String title) {
        return LintVocabulary.hasNumber(title) || title.chars().anyMatch(c -> "%\u2030$\u20ac\u00a3\u00a5".indexOf(c) >= 0)
                || LintVocabulary.mentions(title, words.unitWords());
    }
}
