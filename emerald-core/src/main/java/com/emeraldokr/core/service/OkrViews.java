package com.emeraldokr.core.service;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.view.KeyResultPanelView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.domain.Assessment;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResult;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.ObjectiveAssessment;
import com.emeraldokr.core.domain.OkrAssessor;
import com.emeraldokr.core.domain.Progress;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.FinalScoreRecord;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.service.epic.EpicProgress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How OKR data becomes what users see: objectives with their key results, assessed at the clock's
 * now, filtered to the issues the user may browse, read in a fixed number of statements. Shared by
 * the commands and the reports, with the visibility and permission checks every command makes first.
 */
public final class OkrViews {

    private final OkrStore store;
    private final IssueDirectory issues;
    private final Messages messages;
    private final IssueLinks links;
    private final EpicProgress epicProgress;
    private final OkrAssessor assessor = OkrAssessor.withDefaults();

    public OkrViews(OkrStore store, IssueDirectory issues, Messages messages, IssueLinks links, EpicWork work) {
        this.store = store;
        this.links = links;
        this.issues = issues;
        this.messages = messages;
        this.epicProgress = new EpicProgress(links, work);
    }

    public IssueSummary visibleIssue(String field, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            throw new ValidationException(List.of(new FieldError(field, messages.text("emerald.error.required"))));
        }
        return issues.findVisibleByKey(normaliseKey(issueKey)).orElseThrow(() -> new NotFoundException(field,
                messages.text("emerald.error.issue.not.found", issueKey)));
    }

    /** Like {@link #visibleIssue}, with the issue's project and role. */
    public IssueDetails visibleDetails(String field, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            throw new ValidationException(List.of(new FieldError(field, messages.text("emerald.error.required"))));
        }
        return issues.findVisibleDetails(normaliseKey(issueKey)).orElseThrow(() -> new NotFoundException(field,
                messages.text("emerald.error.issue.not.found", issueKey)));
    }

    public static String normaliseKey(String issueKey) {
        return issueKey.strip().toUpperCase(Locale.ROOT);
    }

    public Optional<Cycle> cycleOrCurrent(Long cycleId, Instant now) {
        Optional<Cycle> found = cycleId != null ? store.findCycle(cycleId) : currentCycle(now);
        if (cycleId != null && found.isEmpty()) {
            throw new NotFoundException("cycleId", messages.text("emerald.error.cycle.not.found", cycleId));
        }
        return found;
    }

    /** The active cycle containing {@code now}; failing that, the active cycle that started last. */
    private Optional<Cycle> currentCycle(Instant now) {
        List<Cycle> active = store.listCycles().stream().filter(c -> c.state() == CycleState.ACTIVE).toList();
        return active.stream().filter(c -> c.contains(now)).findFirst()
                .or(() -> active.stream().max(Comparator.comparing(Cycle::start)));
    }

    /** Every objective of the cycle the user may see, archived ones left out, with its key results, in a fixed number of reads. */
    public List<ObjectiveView> objectivesOf(Cycle cycle, Instant now) {
        return objectivesOf(cycle, now, false);
    }

    /** Every objective of the cycle the user may see, with its key results, in a fixed number of reads. */
    public List<ObjectiveView> objectivesOf(Cycle cycle, Instant now, boolean includeArchived) {
        List<ObjectiveRecord> objectives = store.findObjectivesInCycle(cycle.id()).stream()
                .filter(o -> includeArchived || !o.archived()).toList();
        Map<Long, List<KeyResultRecord>> krsByObjective = store.findKeyResultsInCycle(cycle.id()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        List<Long> ids = new ArrayList<>();
        for (ObjectiveRecord o : objectives) {
            ids.add(o.issueId());
            krsByObjective.getOrDefault(o.issueId(), List.of()).forEach(k -> ids.add(k.issueId()));
        }
        // a list read computes only what drives progress: the epics of ISSUE_COMPLETION key results
        EpicProgress.Completions completions = epicProgress.of(krsByObjective.values().stream().flatMap(List::stream)
                .filter(k -> k.target().kind() == KeyResultKind.ISSUE_COMPLETION).map(KeyResultRecord::issueId).toList());
        ids.addAll(completions.epicIds());
        // the objective each one aligns to, read for all at once and checked for visibility with the rest
        Map<Long, List<Long>> parents = links.targetsOf(objectives.stream().map(ObjectiveRecord::issueId).toList(),
                IssueLinks.Kind.ALIGNMENT);
        parents.values().forEach(ids::addAll);
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        Map<Long, FinalScoreRecord> finals = finalScores(cycle);
        return objectives.stream()
                .filter(o -> visible.containsKey(o.issueId()))
                .map(o -> view(o, visible.get(o.issueId()), cycle, krsByObjective.getOrDefault(o.issueId(), List.of()),
                        visible, Map.of(), completions, finals, parentKey(parents.get(o.issueId()), visible), now))
                .toList();
    }

    /**
     * The assessment of every objective of the cycle, archived ones and those hidden from the user
     * included, by objective issue id: what closing the cycle freezes.
     */
    public Map<Long, ObjectiveAssessment> assessCycle(Cycle cycle, Instant now) {
        List<ObjectiveRecord> objectives = store.findObjectivesInCycle(cycle.id());
        Map<Long, List<KeyResultRecord>> krsByObjective = store.findKeyResultsInCycle(cycle.id()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        EpicProgress.Completions completions = epicProgress.of(krsByObjective.values().stream().flatMap(List::stream)
                .filter(k -> k.target().kind() == KeyResultKind.ISSUE_COMPLETION).map(KeyResultRecord::issueId).toList());
        Map<Long, ObjectiveAssessment> assessed = new LinkedHashMap<>();
        for (ObjectiveRecord o : objectives) {
            List<KeyResult> keyResults = krsByObjective.getOrDefault(o.issueId(), List.of()).stream()
                    .map(k -> keyResult(k, completions, now)).toList();
            assessed.put(o.issueId(), assessor.assessObjective(keyResults, o.commitment(), cycle, now));
        }
        return assessed;
    }

    /** The frozen scores of a closed cycle; none (and no read) while it is open. */
    private Map<Long, FinalScoreRecord> finalScores(Cycle cycle) {
        return cycle.state() == CycleState.CLOSED ? store.findFinalScoresInCycle(cycle.id()) : Map.of();
    }

    public ObjectiveView objectiveById(long objectiveIssueId, String keyForErrors, Instant now) {
        ObjectiveRecord objective = store.findObjective(objectiveIssueId).orElseThrow(() -> new NotFoundException(
                "issueKey", messages.text("emerald.error.objective.not.found", keyForErrors)));
        Cycle cycle = store.findCycle(objective.cycleId()).orElseThrow();
        List<KeyResultRecord> krs = store.findKeyResultsOfObjective(objectiveIssueId);
        List<Long> ids = new ArrayList<>();
        ids.add(objectiveIssueId);
        krs.forEach(k -> ids.add(k.issueId()));
        // one objective: list the linked epics of every key result, whatever its kind
        EpicProgress.Completions completions = epicProgress.of(krs.stream().map(KeyResultRecord::issueId).toList());
        ids.addAll(completions.epicIds());
        List<Long> parents = links.targetsOf(List.of(objectiveIssueId), IssueLinks.Kind.ALIGNMENT).get(objectiveIssueId);
        if (parents != null) {
            ids.addAll(parents);
        }
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        IssueDetails objectiveIssue = visible.get(objectiveIssueId);
        if (objectiveIssue == null) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyForErrors));
        }
        Map<Long, List<CheckInView>> history = new HashMap<>();
        store.findCheckIns(krs.stream().map(KeyResultRecord::issueId).toList())
                .forEach((id, checkIns) -> history.put(id, checkIns.stream().map(OkrViews::checkInView).toList()));
        return view(objective, objectiveIssue, cycle, krs, visible, history, completions, finalScores(cycle),
                parentKey(parents, visible), now);
    }

    /** One key result as part of its objective (assessed in its context), with check-ins and linked epics. */
    public KeyResultView keyResultOf(KeyResultRecord kr, String keyForErrors, Instant now) {
        return objectiveById(kr.objectiveIssueId(), keyForErrors, now).keyResults().stream()
                .filter(k -> k.issueId() == kr.issueId()).findFirst()
                .orElseThrow(() -> new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyForErrors)));
    }

    /** The key result as its panel shows it, with the objective it belongs to, from the same reads as {@link #keyResultOf}. */
    public KeyResultPanelView keyResultPanel(KeyResultRecord kr, String keyForErrors, Instant now) {
        ObjectiveView objective = objectiveById(kr.objectiveIssueId(), keyForErrors, now);
        KeyResultView view = objective.keyResults().stream().filter(k -> k.issueId() == kr.issueId()).findFirst()
                .orElseThrow(() -> new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyForErrors)));
        return new KeyResultPanelView(view, ObjectiveRefView.of(objective));
    }

    /**
     * The visible objectives among {@code objectiveIssueIds}, each with its key results assessed as in a
     * list read (no check-in history), keyed by id in the order asked. A fixed number of statements
     * however many objectives are asked for: one per closed cycle among them for its frozen scores.
     */
    public Map<Long, ObjectiveView> objectivesByIds(Collection<Long> objectiveIssueIds, Instant now) {
        if (objectiveIssueIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ObjectiveRecord> records = new HashMap<>();
        store.findObjectives(objectiveIssueIds).forEach(o -> records.put(o.issueId(), o));
        if (records.isEmpty()) {
            return Map.of();
        }
        Map<Long, Cycle> cycles = new HashMap<>();
        store.listCycles().forEach(c -> cycles.put(c.id(), c));
        Map<Long, List<KeyResultRecord>> krsByObjective = store.findKeyResultsOfObjectives(records.keySet()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        List<Long> ids = new ArrayList<>(records.keySet());
        krsByObjective.values().forEach(list -> list.forEach(k -> ids.add(k.issueId())));
        EpicProgress.Completions completions = epicProgress.of(krsByObjective.values().stream().flatMap(List::stream)
                .filter(k -> k.target().kind() == KeyResultKind.ISSUE_COMPLETION).map(KeyResultRecord::issueId).toList());
        ids.addAll(completions.epicIds());
        Map<Long, List<Long>> parents = links.targetsOf(records.keySet(), IssueLinks.Kind.ALIGNMENT);
        parents.values().forEach(ids::addAll);
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        Map<Long, Map<Long, FinalScoreRecord>> finalsByCycle = new HashMap<>();
        Map<Long, ObjectiveView> views = new LinkedHashMap<>();
        for (Long id : objectiveIssueIds) {
            ObjectiveRecord o = records.get(id);
            Cycle cycle = o == null ? null : cycles.get(o.cycleId());
            if (o == null || cycle == null || !visible.containsKey(id) || views.containsKey(id)) {
                continue;
            }
            Map<Long, FinalScoreRecord> finals = finalsByCycle.computeIfAbsent(cycle.id(), c -> finalScores(cycle));
            views.put(id, view(o, visible.get(id), cycle, krsByObjective.getOrDefault(id, List.of()), visible, Map.of(),
                    completions, finals, parentKey(parents.get(id), visible), now));
        }
        return views;
    }

    private ObjectiveView view(ObjectiveRecord objective, IssueDetails issue, Cycle cycle, List<KeyResultRecord> krs,
                               Map<Long, IssueDetails> visibleDetails, Map<Long, List<CheckInView>> history,
                               EpicProgress.Completions completions, Map<Long, FinalScoreRecord> finals, String parentKey,
                               Instant now) {
        Map<Long, IssueSummary> visible = new HashMap<>();
        visibleDetails.forEach((id, d) -> visible.put(id, d.issue()));
        List<KeyResult> keyResults = krs.stream().map(k -> keyResult(k, completions, now)).toList();
        // The roll-up counts every key result; only those the user may browse are listed.
        ObjectiveAssessment assessment = assessor.assessObjective(keyResults, objective.commitment(), cycle, now);
        Map<Long, KeyResult> byId = keyResults.stream().collect(Collectors.toMap(KeyResult::issueId, Function.identity()));
        List<KeyResultView> krViews = krs.stream()
                .filter(k -> visible.containsKey(k.issueId()))
                .map(k -> {
                    // a closed cycle shows what was frozen at close time, not what the formulas give today
                    FinalScoreRecord frozen = finals.get(k.issueId());
                    Assessment a = frozen == null ? assessment.keyResult(k.issueId())
                            : OkrAssessor.finalAssessment(new Progress(frozen.score()), objective.commitment());
                    return keyResultView(k, byId.get(k.issueId()), visibleDetails.get(k.issueId()), a,
                            history.getOrDefault(k.issueId(), List.of()), completions.view(k.issueId(), visible),
                            frozen == null ? null : frozen.score());
                })
                .toList();
        FinalScoreRecord frozen = finals.get(objective.issueId());
        if (frozen == null) {
            Assessment overall = assessment.overall();
            return new ObjectiveView(issue.id(), issue.key(), issue.issue().summary(), objective.cycleId(),
                    objective.commitment().name(), overall.progress().value(), overall.progress().percent(),
                    overall.score().value(), overall.grade().name(), overall.status().name(), krViews,
                    objective.archived(), null, null, null, issue.projectKey(), ownerKey(issue), ownerName(issue), parentKey);
        }
        Progress computed = new Progress(frozen.computedScore());
        Assessment graded = OkrAssessor.finalAssessment(new Progress(frozen.score()), objective.commitment());
        return new ObjectiveView(issue.id(), issue.key(), issue.issue().summary(), objective.cycleId(),
                objective.commitment().name(), computed.value(), computed.percent(), graded.score().value(),
                graded.grade().name(), graded.status().name(), krViews, objective.archived(), graded.score().value(),
                frozen.overridden(), frozen.overrideReason(), issue.projectKey(), ownerKey(issue), ownerName(issue), parentKey);
    }

    /** An ISSUE_COMPLETION key result's value is the done share of its epics' work, measured now. */
    private static KeyResult keyResult(KeyResultRecord record, EpicProgress.Completions completions, Instant now) {
        WorkCompletion completion = completions.byKeyResult().get(record.issueId());
        if (record.target().kind() != KeyResultKind.ISSUE_COMPLETION || completion == null) {
            return record.toKeyResult();
        }
        return KeyResult.measured(record.issueId(), record.target(), record.weight(), completion.share().value(), now);
    }

    private static KeyResultView keyResultView(KeyResultRecord record, KeyResult kr, IssueDetails issue, Assessment a,
                                               List<CheckInView> history, WorkCompletionView completion,
                                               BigDecimal finalScore) {
        KeyResultTarget t = record.target();
        return new KeyResultView(issue.id(), issue.key(), issue.issue().summary(), t.kind().name(), t.start(), t.target(),
                t.upper(), t.unit(), kr.currentValue(), record.weight(), a.progress().value(), a.progress().percent(),
                a.score().value(), a.grade().name(), a.status().name(),
                record.latestCheckIn().map(c -> c.at().toString()).orElse(null),
                record.latestCheckIn().map(CheckIn::confidence).orElse(null), history, record.version(), completion,
                finalScore, issue.projectKey(), ownerKey(issue), ownerName(issue), record.kpiId());
    }

    /** The key of the objective this one aligns to, when the user may see it. */
    private static String parentKey(List<Long> parentIds, Map<Long, IssueDetails> visible) {
        if (parentIds == null) {
            return null;
        }
        return parentIds.stream().map(visible::get).filter(java.util.Objects::nonNull).map(IssueDetails::key)
                .findFirst().orElse(null);
    }

    private static String ownerKey(IssueDetails issue) {
        return issue.assignee() == null ? null : issue.assignee().userKey();
    }

    private static String ownerName(IssueDetails issue) {
        return issue.assignee() == null ? null : issue.assignee().displayName();
    }

    /** A cycle as the API shows it at {@code now}. */
    public static CycleView cycleView(Cycle cycle, Instant now) {
        return new CycleView(cycle.id(), cycle.name(), cycle.start().toString(), cycle.end().toString(),
                cycle.zone().getId(), cycle.state().name(),
                (int) Math.round(cycle.elapsedShare(now) * 100), cycle.daysLeft(now));
    }

    public static CheckInView checkInView(CheckIn c) {
        return new CheckInView(c.at().toString(), c.value(), c.confidence(), c.note(), c.author());
    }

    /** The issue key a link request names: required, and no longer than any key can be. */
    public String linkedIssueKey(LinkRequest request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("issueKey", request.issueKey());
        v.maxLength("issueKey", request.issueKey(), Validator.MAX_ISSUE_KEY_LENGTH);
        v.throwIfInvalid();
        return request.issueKey();
    }

    /** Links start at {@code source}: the user needs Jira's link permission in its project. */
    public void requireMayLink(long sourceId, String sourceKey) {
        if (!links.mayLink(sourceId)) {
            throw new ForbiddenException("issueKey", messages.text("emerald.error.link.permission", sourceKey));
        }
    }

    /** Check-ins, target edits and deleting an objective change it: they need Jira's edit permission on its issue. */
    public void requireMayEdit(IssueSummary issue) {
        requireMayEdit(issue, "emerald.error.edit.permission");
    }

    /** Like {@link #requireMayEdit(IssueSummary)}, refusing with the message {@code messageKey} (the issue key is its argument). */
    public void requireMayEdit(IssueSummary issue, String messageKey) {
        if (!issues.mayEdit(issue.id())) {
            throw new ForbiddenException("issueKey", messages.text(messageKey, issue.key()));
        }
    }
}
