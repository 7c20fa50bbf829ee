package com.emeraldokr.core.service.report;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.Progress;
import com.emeraldokr.core.domain.lint.LintSubjects;
import com.emeraldokr.core.domain.lint.LintThresholds;
import com.emeraldokr.core.domain.lint.LintVocabulary;
import com.emeraldokr.core.domain.lint.OkrLinter;
import com.emeraldokr.core.port.KpiRecord;

import java.util.List;
import java.util.Locale;

/** Runs the OKR lint over the objectives of a plan and words its findings. */
final class PlanLint {

    private final Messages messages;
    private final OkrLinter linter = new OkrLinter(LintVocabulary.load(Locale.ENGLISH), LintThresholds.DEFAULTS);

    PlanLint(Messages messages) {
        this.messages = messages;
    }

    /**
     * The findings for the objectives as shown (each judged by the progress it shows) and for the KPIs
     * defined (archived ones aside).
     */
    List<OkrPlanView.Finding> findings(List<ObjectiveView> objectives, List<KpiRecord> kpis, double elapsedShare) {
        List<LintSubjects.Objective> subjects = objectives.stream().map(o -> new LintSubjects.Objective(o.issueKey(),
                o.summary(), projectOf(o.issueKey()), Commitment.valueOf(o.commitment()),
                o.keyResults().stream().map(k -> new LintSubjects.KeyResult(k.issueKey(), k.summary(),
                        KeyResultKind.valueOf(k.kind()), k.start(), k.target(), new Progress(k.progress()))).toList(),
                new Progress(o.progress()))).toList();
        List<LintSubjects.Kpi> kpiSubjects = kpis.stream().filter(k -> !k.archived())
                .map(k -> new LintSubjects.Kpi(k.draft().definition().name(), k.draft().definition().name(),
                        k.draft().definition().targetDate())).toList();
        return linter.lint(subjects, kpiSubjects, elapsedShare).stream()
                .map(f -> new OkrPlanView.Finding(f.ruleId(), f.severity().name(), f.subject(),
                        messages.text(f.messageKey(), f.arguments().toArray())))
                .toList();
    }

    static String projectOf(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        return dash > 0 ? issueKey.substring(0, dash) : issueKey;
    }
}
