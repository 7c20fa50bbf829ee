package com.emeraldokr.core.service.objective;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.FieldException;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.api.request.SummaryChange;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssueWriter;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.Validator;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.keyresult.KeyResultValidator;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates OKRs as real issues: the objective and its key results through the product's issue
 * service as the calling user, then the links and Emerald's rows. All or nothing: when a step
 * fails, the issues created so far are deleted again and the error names the step. Renaming an
 * objective or key result also goes through the issue service, so history and notifications stay
 * the product's.
 */
@Named
public class OkrCreationService {

    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final OkrStore store;
    private final IssueWriter writer;
    private final Permissions permissions;
    private final Messages messages;

    @Inject
    public OkrCreationService(ObjectiveService objectives, KeyResultService keyResults, OkrStore store,
                              IssueWriter writer, Permissions permissions, Messages messages) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.store = store;
        this.writer = writer;
        this.permissions = permissions;
        this.messages = messages;
    }

    public ObjectiveView create(NewOkr request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        String project = request.projectKey() == null ? null : request.projectKey().strip().toUpperCase(Locale.ROOT);
        if (v.required("projectKey", project)) {
            v.projectKey("projectKey", project, request.projectKey());
        }
        summary(v, "summary", request.summary());
        v.maxLength("description", request.description(), Validator.MAX_NOTE_LENGTH);
        v.requiredEnum("commitment", request.commitment(), Commitment.class);
        List<NewOkr.KeyResult> krs = request.keyResults() == null ? List.of() : request.keyResults();
        if (krs.isEmpty()) {
            v.reject("keyResults", "emerald.error.keyresults.empty");
        }
        for (int i = 0; i < krs.size(); i++) {
            NewOkr.KeyResult kr = krs.get(i);
            String p = "keyResults[" + i + "]";
            if (kr == null) {
                v.reject(p, "emerald.error.required");
                continue;
            }
            summary(v, p + ".summary", kr.summary());
            KeyResultTarget target = KeyResultValidator.target(v, p + ".", kr.kind(), kr.start(), kr.target(), kr.upper(),
                    kr.unit(), kr.weight());
            objectives.measuringKpi(v, p + ".kpiId", kr.kpiId(), target);
        }
        if (v.required("cycleId", request.cycleId()) && store.findCycle(request.cycleId()).isEmpty()) {
            v.throwIfInvalid();
            throw new NotFoundException("cycleId", messages.text("emerald.error.cycle.not.found", request.cycleId()));
        }
        v.throwIfInvalid();
        // a 403 like every other refused change; a project the user cannot see is left to the issue step, which
        // answers as for a project that does not exist, as Jira does
        if (permissions.browsesProject(project) && !permissions.createsIssues(project)) {
            throw new ForbiddenException("projectKey", messages.text("emerald.error.create.permission", project));
        }

        List<IssueSummary> created = new ArrayList<>();
        String step = null;
        try {
            step = messages.text("emerald.step.create.objective", project);
            IssueSummary objective = writer.create(project, IssueRole.OBJECTIVE, request.summary().strip(),
                    request.description() == null ? "" : request.description().strip());
            created.add(objective);
            List<NewKeyResult> registered = new ArrayList<>();
            for (int i = 0; i < krs.size(); i++) {
                NewOkr.KeyResult kr = krs.get(i);
                step = messages.text("emerald.step.create.keyresult", i + 1, kr.summary().strip());
                IssueSummary issue = writer.create(project, IssueRole.KEY_RESULT, kr.summary().strip(), "");
                created.add(issue);
                registered.add(new NewKeyResult(issue.key(), kr.kind(), kr.start(), kr.target(), kr.upper(), kr.unit(),
                        kr.weight(), kr.kpiId()));
            }
            step = messages.text("emerald.step.store", objective.key());
            return objectives.createObjective(new NewObjective(objective.key(), request.cycleId(), request.commitment(),
                    registered));
        } catch (RuntimeException e) {
            for (int i = created.size() - 1; i >= 0; i--) {
                try {
                    writer.delete(created.get(i).id());
                } catch (RuntimeException undoFailed) {
                    e.addSuppressed(undoFailed);
                }
            }
            if (e instanceof StepFailedException) {
                throw e;
            }
            throw new StepFailedException(messages.text("emerald.error.step.failed", step, Validator.reason(messages, e,
                    e instanceof IssueWriteException || e instanceof FieldException)), e,
                    e instanceof IssueWriteException || e instanceof FieldException);
        }
    }

    public ObjectiveView renameObjective(String issueKey, SummaryChange change) {
        ObjectiveView objective = objectives.objective(issueKey);
        rename(objective.issueId(), objective.issueKey(), change);
        return objectives.objective(objective.issueKey());
    }

    public KeyResultView renameKeyResult(String issueKey, SummaryChange change) {
        KeyResultView kr = keyResults.keyResult(issueKey);
        rename(kr.issueId(), kr.issueKey(), change);
        return keyResults.keyResult(kr.issueKey());
    }

    private void rename(long issueId, String issueKey, SummaryChange change) {
        // a 403 like every other change to an issue the user may not edit, not the issue service's refusal
        objectives.requireMayEdit(issueId, issueKey);
        Validator v = new Validator(messages);
        v.requireBody(change);
        summary(v, "summary", change.summary());
        v.throwIfInvalid();
        try {
            writer.updateSummary(issueId, change.summary().strip());
        } catch (IssueWriteException e) {
            throw new ValidationException(List.of(new FieldError("summary", e.getMessage())));
        }
    }

    private static void summary(Validator v, String field, String summary) {
        if (v.required(field, summary)) {
            v.maxLength(field, summary.strip(), Validator.MAX_NAME_LENGTH);
            if (summary.contains("\n") || summary.contains("\r")) {
                v.reject(field, "emerald.error.summary.line");
            }
        }
    }
}
