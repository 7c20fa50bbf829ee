package com.emeraldokr.core.service.objective;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.view.AlignmentView;
import com.emeraldokr.api.view.ObjectivePanelView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssuesAlreadyRegisteredException;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.Validator;
import com.emeraldokr.core.service.keyresult.KeyResultValidator;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Objectives: making existing issues an objective with its key results, reading one, and aligning
 * it to a parent objective. Every change checks that the user can browse the issues involved and
 * may link issues in the source's project, and says which rule failed.
 */
@Named
public class ObjectiveService {

    /** Alignment trees deeper than this are a data problem, not an organisation. */
    static final int MAX_ALIGNMENT_DEPTH = 64;

    private final OkrStore store;
    private final KpiStore kpis;
    private final IssueDirectory issues;
    private final IssueLinks links;
    private final Messages messages;
    private final Clock clock;
    private final OkrViews views;

    @Inject
    public ObjectiveService(OkrStore store, IssueDirectory issues, IssueLinks links, EpicWork work, Messages messages,
                            Clock clock, SettingsStore settings, KpiStore kpis) {
        this.store = store;
        this.kpis = kpis;
        this.issues = issues;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
        this.views = new OkrViews(store, issues, messages, links, work, settings);
    }

    public ObjectiveView createObjective(NewObjective request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("issueKey", request.issueKey());
        Commitment commitment = v.requiredEnum("commitment", request.commitment(), Commitment.class);
        List<NewKeyResult> krs = request.keyResults() == null ? List.of() : request.keyResults();
        if (krs.isEmpty()) {
            v.reject("keyResults", "emerald.error.keyresults.empty");
        }
        Set<String> seenKeys = new HashSet<>();
        if (request.issueKey() != null) {
            seenKeys.add(OkrViews.normaliseKey(request.issueKey()));
        }
        List<KeyResultTarget> targets = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            targets.add(validateKeyResult(v, "keyResults[" + i + "]", krs.get(i), seenKeys));
            measuringKpi(v, "keyResults[" + i + "].kpiId", krs.get(i) == null ? null : krs.get(i).kpiId(), targets.get(i));
        }
        Cycle cycle = null;
        if (v.required("cycleId", request.cycleId())) {
            cycle = store.findCycle(request.cycleId()).orElse(null);
        }
        v.throwIfInvalid();
        if (cycle == null) {
            throw new NotFoundException("cycleId", messages.text("emerald.error.cycle.not.found", request.cycleId()));
        }

        IssueSummary objectiveIssue = views.visibleIssue("issueKey", request.issueKey());
        List<IssueSummary> krIssues = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            krIssues.add(views.visibleIssue("keyResults[" + i + "].issueKey", krs.get(i).issueKey()));
        }
        List<Long> allIds = new ArrayList<>();
        allIds.add(objectiveIssue.id());
        krIssues.forEach(i -> allIds.add(i.id()));
        Set<Long> taken = store.registeredIssueIds(allIds);
        if (!taken.isEmpty()) {
            throw alreadyRegistered(objectiveIssue, krIssues, taken);
        }
        views.requireMayLink(objectiveIssue.id(), objectiveIssue.key());

        ObjectiveRecord objective = new ObjectiveRecord(objectiveIssue.id(), cycle.id(), commitment);
        List<KeyResultRecord> records = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            BigDecimal weight = krs.get(i).weight() == null ? BigDecimal.ONE : krs.get(i).weight();
            records.add(new KeyResultRecord(krIssues.get(i).id(), objectiveIssue.id(), cycle.id(), targets.get(i),
                    weight, Optional.empty(), 1, krs.get(i).kpiId()));
        }
        writeObjective(objective, objectiveIssue, krIssues, records);
        return objective(objectiveIssue.key());
    }

    /**
     * A key result measured by a KPI names a KPI that exists and is not archived, and is of a kind that
     * follows a number (not a milestone or epic completion).
     */
    public void measuringKpi(Validator v, String field, Long kpiId, KeyResultTarget target) {
        if (kpiId == null) {
            return;
        }
        Optional<KpiRecord> kpi = kpis.find(kpiId);
        if (kpi.isEmpty()) {
            v.reject(field, "emerald.error.kpi.not.found", kpiId);
        } else if (kpi.get().archived()) {
            v.reject(field, "emerald.error.kpi.archived", kpi.get().draft().definition().name());
        } else if (target != null && (target.kind() == KeyResultKind.MILESTONE
                || target.kind() == KeyResultKind.ISSUE_COMPLETION)) {
            v.reject(field, "emerald.error.keyresult.kpi.kind", target.kind().name());
        }
    }

    /**
     * Links the objective to its key results ("has key result"), then stores the rows. If a step
     * fails, the links this call created are removed again and the error names the step.
     */
    private void writeObjective(ObjectiveRecord objective, IssueSummary objectiveIssue, List<IssueSummary> krIssues,
                                List<KeyResultRecord> records) {
        List<Long> linked = new ArrayList<>();
        String step = null;
        try {
            for (IssueSummary kr : krIssues) {
                step = messages.text("emerald.step.link", objectiveIssue.key(), kr.key());
                if (!links.exists(objectiveIssue.id(), kr.id(), IssueLinks.Kind.KEY_RESULT)) {
                    links.link(objectiveIssue.id(), kr.id(), IssueLinks.Kind.KEY_RESULT);
                    linked.add(kr.id());
                }
            }
            step = messages.text("emerald.step.store", objectiveIssue.key());
            store.createObjective(objective, records);
        } catch (IssuesAlreadyRegisteredException e) {
            // a concurrent registration committed first; a link it needs (same objective, same key result) stays
            ConflictException conflict = alreadyRegistered(objectiveIssue, krIssues, e.issueIds());
            conflict.addSuppressed(e);
            for (Long krId : linked) {
                boolean winnersLink = store.findKeyResult(krId)
                        .map(kr -> kr.objectiveIssueId() == objectiveIssue.id()).orElse(false);
                if (!winnersLink) {
                    undoLink(objectiveIssue, krId, conflict);
                }
            }
            throw conflict;
        } catch (RuntimeException e) {
            for (Long krId : linked) {
                undoLink(objectiveIssue, krId, e);
            }
            throw new StepFailedException(messages.text("emerald.error.step.failed", step, Validator.reason(messages, e,
                    e instanceof IssueWriteException)), e, e instanceof IssueWriteException);
        }
    }

    /** The conflict naming the first of the request's issues that is {@code taken}. */
    private ConflictException alreadyRegistered(IssueSummary objectiveIssue, List<IssueSummary> krIssues, Set<Long> taken) {
        if (taken.contains(objectiveIssue.id())) {
            return new ConflictException("issueKey",
                    messages.text("emerald.error.issue.already.registered", objectiveIssue.key()));
        }
        for (int i = 0; i < krIssues.size(); i++) {
            if (taken.contains(krIssues.get(i).id())) {
                return new ConflictException("keyResults[" + i + "].issueKey",
                        messages.text("emerald.error.issue.already.registered", krIssues.get(i).key()));
            }
        }
        throw new IllegalStateException("none of the request's issues is taken: " + taken);
    }

    private void undoLink(IssueSummary objectiveIssue, long krId, RuntimeException failure) {
        try {
            links.unlink(objectiveIssue.id(), krId, IssueLinks.Kind.KEY_RESULT);
        } catch (RuntimeException undoFailed) {
            failure.addSuppressed(undoFailed);
        }
    }

    public ObjectiveView objective(String issueKey) {
        IssueSummary issue = views.visibleIssue("issueKey", issueKey);
        return views.objectiveById(issue.id(), issue.key(), clock.instant());
    }

    /**
     * The objective as its issue-view panel shows it: its roll-up, the objective it aligns to and the
     * objectives aligned to it, each with its status, in a fixed number of reads however many children.
     */
    public ObjectivePanelView panel(String issueKey) {
        IssueSummary issue = views.visibleIssue("issueKey", issueKey);
        Instant now = clock.instant();
        ObjectiveView objective = views.objectiveById(issue.id(), issue.key(), now);
        List<Long> parents = links.targetsOf(List.of(issue.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(issue.id(), List.of());
        List<Long> children = links.sourcesOf(List.of(issue.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(issue.id(), List.of());
        Set<Long> related = new LinkedHashSet<>(parents);
        related.addAll(children);
        Map<Long, ObjectiveView> views = this.views.objectivesByIds(related, now);
        ObjectiveRefView parent = parents.stream().map(views::get).filter(Objects::nonNull).findFirst()
                .map(ObjectiveRefView::of).orElse(null);
        List<ObjectiveRefView> aligned = children.stream().distinct().map(views::get).filter(Objects::nonNull)
                .map(ObjectiveRefView::of).toList();
        return new ObjectivePanelView(objective, parent, aligned);
    }

    /** Refuses (403) unless the user may edit the issue (Jira's Edit Issues), as the product's issue service would. */
    public void requireMayEdit(long issueId, String issueKey) {
        views.requireMayEdit(new IssueSummary(issueId, issueKey, ""));
    }

    /**
     * Archives ({@code true}) or restores an objective: archived objectives are left out of the cycle
     * reads unless asked for. Needs Jira's edit permission on the objective issue.
     */
    public ObjectiveView setArchived(String issueKey, boolean archived) {
        IssueSummary issue = views.visibleIssue("issueKey", issueKey);
        ObjectiveRecord objective = store.findObjective(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.objective.not.found", issue.key())));
        views.requireMayEdit(issue);
        if (objective.archived() != archived) {
            store.setObjectiveArchived(issue.id(), archived);
        }
        return views.objectiveById(issue.id(), issue.key(), clock.instant());
    }

    /**
     * Removes the objective from Emerald: its row, its key results' rows and their check-ins in one
     * transaction, and the "has key result" links to its key results. The issues stay in Jira. Needs
     * Jira's edit permission on the objective; links are removed first and put back if a later step
     * fails, so a failure leaves everything as it was.
     */
    public void deleteObjective(String objectiveKey) {
        IssueDetails objective = objectiveIssue("issueKey", objectiveKey);
        views.requireMayEdit(objective.issue(), "emerald.error.delete.permission");
        List<KeyResultRecord> krs = store.findKeyResultsOfObjective(objective.id());
        List<Long> unlinked = new ArrayList<>();
        String step = null;
        try {
            for (KeyResultRecord kr : krs) {
                step = messages.text("emerald.step.unlink", objective.key());
                if (links.unlink(objective.id(), kr.issueId(), IssueLinks.Kind.KEY_RESULT)) {
                    unlinked.add(kr.issueId());
                }
            }
            step = messages.text("emerald.step.delete", objective.key());
            if (!store.deleteObjective(objective.id())) {
                throw new NotFoundException("issueKey", messages.text("emerald.error.objective.not.found", objective.key()));
            }
        } catch (NotFoundException e) {
            relink(objective.id(), unlinked, e);
            throw e;
        } catch (RuntimeException e) {
            relink(objective.id(), unlinked, e);
            throw new StepFailedException(messages.text("emerald.error.delete.failed", step, Validator.reason(messages, e,
                    e instanceof IssueWriteException)), e, e instanceof IssueWriteException);
        }
    }

    private void relink(long objectiveId, List<Long> keyResultIds, RuntimeException failure) {
        for (Long krId : keyResultIds) {
            try {
                links.link(objectiveId, krId, IssueLinks.Kind.KEY_RESULT);
            } catch (RuntimeException undoFailed) {
                failure.addSuppressed(undoFailed);
            }
        }
    }

    public AlignmentView alignment(String objectiveKey) {
        IssueDetails objective = objectiveIssue("issueKey", objectiveKey);
        return new AlignmentView(objective.key(), parentKey(objective.id()));
    }

    /** Makes {@code request.issueKey} the objective's parent, replacing any earlier one; setting the same parent again changes nothing. */
    public AlignmentView align(String objectiveKey, LinkRequest request) {
        String parentKey = views.linkedIssueKey(request);
        IssueDetails child = objectiveIssue("objectiveKey", objectiveKey);
        IssueDetails parent = objectiveIssue("issueKey", parentKey);
        if (child.id() == parent.id()) {
            throw new ValidationException(List.of(new FieldError("issueKey", messages.text("emerald.error.align.self"))));
        }
        views.requireMayLink(child.id(), child.key());
        List<Long> current = links.targetsOf(List.of(child.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(child.id(), List.of());
        if (current.contains(parent.id())) {
            return new AlignmentView(child.key(), parent.key());
        }
        if (reachesUp(parent.id(), child.id())) {
            throw new ConflictException("issueKey", messages.text("emerald.error.align.cycle", child.key(), parent.key()));
        }
        for (Long old : current) {
            links.unlink(child.id(), old, IssueLinks.Kind.ALIGNMENT);
        }
        links.link(child.id(), parent.id(), IssueLinks.Kind.ALIGNMENT);
        return new AlignmentView(child.key(), parent.key());
    }

    public AlignmentView removeAlignment(String objectiveKey) {
        IssueDetails child = objectiveIssue("objectiveKey", objectiveKey);
        views.requireMayLink(child.id(), child.key());
        List<Long> current = links.targetsOf(List.of(child.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(child.id(), List.of());
        if (current.isEmpty()) {
            throw new NotFoundException("objectiveKey", messages.text("emerald.error.align.none", child.key()));
        }
        current.forEach(old -> links.unlink(child.id(), old, IssueLinks.Kind.ALIGNMENT));
        return new AlignmentView(child.key(), null);
    }

    /** Whether following parents up from {@code from} reaches {@code target}. */
    private boolean reachesUp(long from, long target) {
        Set<Long> seen = new HashSet<>();
        List<Long> level = List.of(from);
        for (int depth = 0; depth < MAX_ALIGNMENT_DEPTH && !level.isEmpty(); depth++) {
            if (level.contains(target)) {
                return true;
            }
            seen.addAll(level);
            level = links.targetsOf(level, IssueLinks.Kind.ALIGNMENT).values().stream().flatMap(List::stream)
                    .filter(id -> !seen.contains(id)).distinct().toList();
        }
        return level.contains(target);
    }

    private String parentKey(long objectiveId) {
        List<Long> parents = links.targetsOf(List.of(objectiveId), IssueLinks.Kind.ALIGNMENT).getOrDefault(objectiveId, List.of());
        return parents.isEmpty() ? null : issues.findVisibleByIds(parents).values().stream().findFirst()
                .map(IssueSummary::key).orElse(null);
    }

    private IssueDetails objectiveIssue(String field, String issueKey) {
        IssueDetails objective = views.visibleDetails(field, issueKey);
        if (store.findObjective(objective.id()).isEmpty()) {
            throw new NotFoundException(field, messages.text("emerald.error.objective.not.found", objective.key()));
        }
        return objective;
    }

    /** {@code path} is the JSON path of the key result in the request. */
    private static KeyResultTarget validateKeyResult(Validator v, String path, NewKeyResult kr, Set<String> seenKeys) {
        if (kr == null) {
            v.reject(path, "emerald.error.required");
            return null;
        }
        String p = path + ".";
        if (v.required(p + "issueKey", kr.issueKey()) && !seenKeys.add(OkrViews.normaliseKey(kr.issueKey()))) {
            v.reject(p + "issueKey", "emerald.error.issue.duplicate", kr.issueKey());
        }
        return KeyResultValidator.target(v, p, kr.kind(), kr.start(), kr.target(), kr.upper(), kr.unit(), kr.weight());
    }
}
