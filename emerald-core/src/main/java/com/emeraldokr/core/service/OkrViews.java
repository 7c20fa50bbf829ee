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
import com.emeraldokr.core.domain.ObjectiveNode;
import com.emeraldokr.core.domain.OkrSettings;
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
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.epic.EpicProgress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
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
import java.util.function.Predicate;
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
    private final SettingsStore settings;
    private final AssessmentMemo memo = new AssessmentMemo();

    public OkrViews(OkrStore store, IssueDirectory issues, Messages messages, IssueLinks links, EpicWork work,
                    SettingsStore settings) {
        this.store = store;
        this.links = links;
        this.issues = issues;
        this.messages = messages;
        this.epicProgress = new EpicProgress(links, work);
        this.settings = settings;
    }

    /** The administrator's settings as they stand now (read once per request). */
    public OkrSettings settings() {
        return settings.load();
    }

    /**
     * What a cycle's roll-up needs, read in a fixed number of statements: its objectives (archived ones
     * too), their key results, the epic work of those measured from epics (and of {@code listEpicsOf},
     * whose epics are listed whatever their kind), and what each objective aligns to.
     */
    private record CycleData(Cycle cycle, List<ObjectiveRecord> objectives, Map<Long, List<KeyResultRecord>> krsByObjective,
                             EpicProgress.Completions completions, Map<Long, List<Long>> parents) {
    }

    private CycleData cycleData(Cycle cycle, Collection<Long> listEpicsOf) {
        List<ObjectiveRecord> objectives = store.findObjectivesInCycle(cycle.id());
        Map<Long, List<KeyResultRecord>> krsByObjective = store.findKeyResultsInCycle(cycle.id()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        // a list read computes only what drives progress: the epics of ISSUE_COMPLETION key results
        List<Long> measured = new ArrayList<>(krsByObjective.values().stream().flatMap(List::stream)
                .filter(k -> k.target().kind() == KeyResultKind.ISSUE_COMPLETION).map(KeyResultRecord::issueId).toList());
        listEpicsOf.stream().filter(id -> !measured.contains(id)).forEach(measured::add);
        EpicProgress.Completions completions = epicProgress.of(measured);
        Map<Long, List<Long>> parents = objectives.isEmpty() ? Map.of()
                : links.targetsOf(objectives.stream().map(ObjectiveRecord::issueId).toList(), IssueLinks.Kind.ALIGNMENT);
        return new CycleData(cycle, objectives, krsByObjective, completions, parents);
    }

    /**
     * Every objective of the cycle assessed, with aligned child objectives of the same cycle counted
     * towards their parent when the settings say so. A child counts as much as an average key result of
     * its parent; archived children do not count; a link that would close a loop (possible only when
     * written outside Emerald) is left out rather than failing the read.
     */
    private Map<Long, ObjectiveAssessment> assess(CycleData d, Map<Long, IssueDetails> known, OkrSettings s, Instant now) {
        // a team's cadence is all the assessment takes from the issues
        Map<Long, String> teams = new HashMap<>();
        d.objectives().forEach(o -> {
            IssueDetails issue = known.get(o.issueId());
            teams.put(o.issueId(), issue == null ? null : issue.projectKey());
        });
        return memo.get(d.cycle().id(), new AssessmentInputs(d, teams, s), now, () -> assessNow(d, teams, s, now));
    }

    /** What a cycle's assessment is made from, compared to reuse it. */
    private record AssessmentInputs(CycleData data, Map<Long, String> teams, OkrSettings settings) {
    }

    private Map<Long, ObjectiveAssessment> assessNow(CycleData d, Map<Long, String> teams, OkrSettings s, Instant now) {
        Map<Long, ObjectiveRecord> byId = new LinkedHashMap<>();
        d.objectives().forEach(o -> byId.put(o.issueId(), o));
        Map<Long, Long> parentOf = new HashMap<>();
        d.parents().forEach((child, targets) -> targets.stream().filter(byId::containsKey).findFirst()
                .ifPresent(parent -> parentOf.put(child, parent)));
        Map<Long, List<Long>> children = new HashMap<>();
        if (s.alignmentRollup()) {
            parentOf.forEach((child, parent) -> {
                if (!byId.get(child).archived() && !reaches(parent, child, parentOf)) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
                }
            });
        }
        Map<Long, ObjectiveNode> nodes = new LinkedHashMap<>();
        for (ObjectiveRecord o : d.objectives()) {
            Duration cadence = s.cadenceOf(teams.get(o.issueId())).interval();
            List<KeyResultRecord> krs = d.krsByObjective().getOrDefault(o.issueId(), List.of());
            List<KeyResult> keyResults = krs.stream().map(k -> keyResult(k, d.completions(), now, cadence)).toList();
            BigDecimal childWeight = krs.isEmpty() ? BigDecimal.ONE : krs.stream().map(KeyResultRecord::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(krs.size()), MathContext.DECIMAL64);
            List<ObjectiveNode.Contribution> contributions = children.getOrDefault(o.issueId(), List.of()).stream()
                    .map(c -> new ObjectiveNode.Contribution(c, childWeight)).toList();
            nodes.put(o.issueId(), new ObjectiveNode(o.issueId(), o.commitment(), keyResults, contributions));
        }
        return s.assessor().assessTree(nodes, d.cycle(), now);
    }

    /** The cycle's data with this objective and its key results as read by id (a concurrent write may fall between the reads). */
    private static CycleData withObjective(CycleData d, ObjectiveRecord objective, List<KeyResultRecord> krs) {
        if (d.objectives().contains(objective) && krs.equals(d.krsByObjective().get(objective.issueId()))) {
            // the usual case: the same rows, so the cycle's assessment can be reused
            return d;
        }
        List<ObjectiveRecord> objectives = new ArrayList<>(d.objectives());
        objectives.removeIf(o -> o.issueId() == objective.issueId());
        objectives.add(objective);
        Map<Long, List<KeyResultRecord>> krsByObjective = new HashMap<>(d.krsByObjective());
        krsByObjective.put(objective.issueId(), krs);
        return new CycleData(d.cycle(), objectives, krsByObjective, d.completions(), d.parents());
    }

    /** Whether walking up from {@code from} through the parents meets {@code target}. */
    private static boolean reaches(long from, long target, Map<Long, Long> parentOf) {
        Long step = from;
        for (int hops = 0; step != null && hops <= parentOf.size(); hops++) {
            if (step == target) {
                return true;
            }
            step = parentOf.get(step);
        }
        return false;
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
        OkrSettings s = settings.load();
        CycleData d = cycleData(cycle, List.of());
        List<ObjectiveRecord> objectives = d.objectives().stream().filter(o -> includeArchived || !o.archived()).toList();
        List<Long> ids = new ArrayList<>();
        for (ObjectiveRecord o : d.objectives()) {
            ids.add(o.issueId());
            d.krsByObjective().getOrDefault(o.issueId(), List.of()).forEach(k -> ids.add(k.issueId()));
        }
        ids.addAll(d.completions().epicIds());
        // the objective each one aligns to, read for all at once and checked for visibility with the rest
        d.parents().values().forEach(ids::addAll);
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        Map<Long, ObjectiveAssessment> assessed = assess(d, visible, s, now);
        Map<Long, FinalScoreRecord> finals = finalScores(cycle);
        return objectives.stream()
                .filter(o -> visible.containsKey(o.issueId()))
                .map(o -> view(o, visible.get(o.issueId()), cycle, d.krsByObjective().getOrDefault(o.issueId(), List.of()),
                        visible, Map.of(), d.completions(), finals, parentKey(d.parents().get(o.issueId()), visible), now,
                        assessed.get(o.issueId()), s))
                .toList();
    }

    /** One page of a cycle's visible objectives, and how many visible objectives there are in all. */
    public record ObjectivePage(List<ObjectiveView> objectives, int total) {
    }

    /**
     * The visible objectives of the cycle that {@code filter} accepts, ranked by {@code order}, of which only
     * {@code limit} from {@code start} are read in full (key results, owners, alignment). Every objective is
     * assessed to rank it, from rows read in bulk: the number of statements does not depend on the number of
     * objectives, and only the page's key results and linked issues are looked up.
     *
     * @param filter which visible objectives count, judged on their issue (its key, project, owner)
     * @param order  the ranking, judged on objective views without key results
     */
    public ObjectivePage objectivePage(Cycle cycle, Instant now, boolean includeArchived, Predicate<IssueDetails> filter,
                                       Comparator<ObjectiveView> order, int start, int limit) {
        OkrSettings s = settings.load();
        CycleData d = cycleData(cycle, List.of());
        Map<Long, List<KeyResultRecord>> krsByObjective = d.krsByObjective();
        EpicProgress.Completions completions = d.completions();
        // every objective's issue, archived ones too: a child objective's team sets its cadence in the roll-up
        Map<Long, IssueDetails> objectiveIssues = issues.findVisibleDetailsByIds(
                d.objectives().stream().map(ObjectiveRecord::issueId).toList());
        Map<Long, ObjectiveAssessment> assessed = assess(d, objectiveIssues, s, now);
        Map<Long, FinalScoreRecord> finals = finalScores(cycle);
        List<ObjectiveRecord> objectives = d.objectives().stream().filter(o -> includeArchived || !o.archived()).toList();
        Map<Long, ObjectiveRecord> byId = objectives.stream().collect(Collectors.toMap(ObjectiveRecord::issueId, o -> o));
        // ranked on views without key results: the roll-up is the same, nothing but the objective's issue is needed
        List<ObjectiveView> ranked = objectives.stream()
                .filter(o -> objectiveIssues.containsKey(o.issueId()) && filter.test(objectiveIssues.get(o.issueId())))
                .map(o -> view(o, objectiveIssues.get(o.issueId()), cycle, krsByObjective.getOrDefault(o.issueId(), List.of()),
                        Map.of(), Map.of(), completions, finals, null, now, assessed.get(o.issueId()), s))
                .sorted(order)
                .toList();
        int from = Math.min(start, ranked.size());
        List<ObjectiveRecord> page = ranked.subList(from, Math.min(ranked.size(), from + limit)).stream()
                .map(v -> byId.get(v.issueId())).toList();
        if (page.isEmpty()) {
            return new ObjectivePage(List.of(), ranked.size());
        }
        Map<Long, List<Long>> parents = d.parents();
        List<Long> ids = new ArrayList<>();
        for (ObjectiveRecord o : page) {
            for (KeyResultRecord k : krsByObjective.getOrDefault(o.issueId(), List.of())) {
                ids.add(k.issueId());
                ids.addAll(completions.epicsByKeyResult().getOrDefault(k.issueId(), List.of()));
            }
            ids.addAll(parents.getOrDefault(o.issueId(), List.of()));
        }
        Map<Long, IssueDetails> visible = new HashMap<>(issues.findVisibleDetailsByIds(ids));
        visible.putAll(objectiveIssues);
        List<ObjectiveView> views = page.stream()
                .map(o -> view(o, visible.get(o.issueId()), cycle, krsByObjective.getOrDefault(o.issueId(), List.of()),
                        visible, Map.of(), completions, finals, parentKey(parents.get(o.issueId()), visible), now,
                        assessed.get(o.issueId()), s))
                .toList();
        return new ObjectivePage(views, ranked.size());
    }

    /**
     * The assessment of every objective of the cycle, archived ones and those hidden from the user
     * included, by objective issue id: what closing the cycle freezes.
     */
    public Map<Long, ObjectiveAssessment> assessCycle(Cycle cycle, Instant now) {
        CycleData d = cycleData(cycle, List.of());
        Map<Long, IssueDetails> teams = d.objectives().isEmpty() ? Map.of()
                : issues.findVisibleDetailsByIds(d.objectives().stream().map(ObjectiveRecord::issueId).toList());
        return assess(d, teams, settings.load(), now);
    }

    /** The frozen scores of a closed cycle; none (and no read) while it is open. */
    private Map<Long, FinalScoreRecord> finalScores(Cycle cycle) {
        return cycle.state() == CycleState.CLOSED ? store.findFinalScoresInCycle(cycle.id()) : Map.of();
    }

    public ObjectiveView objectiveById(long objectiveIssueId, String keyForErrors, Instant now) {
        ObjectiveRecord objective = store.findObjective(objectiveIssueId).orElseThrow(() -> new NotFoundException(
                "issueKey", messages.text("emerald.error.objective.not.found", keyForErrors)));
        Cycle cycle = store.findCycle(objective.cycleId()).orElseThrow();
        OkrSettings s = settings.load();
        // the whole cycle, so aligned child objectives count as in every other read
        List<KeyResultRecord> krs = store.findKeyResultsOfObjective(objectiveIssueId);
        // one objective: list the linked epics of every key result, whatever its kind
        CycleData d = withObjective(cycleData(cycle, krs.stream().map(KeyResultRecord::issueId).toList()), objective, krs);
        List<Long> ids = new ArrayList<>();
        d.objectives().forEach(o -> ids.add(o.issueId()));
        d.krsByObjective().values().forEach(list -> list.forEach(k -> ids.add(k.issueId())));
        ids.addAll(d.completions().epicIds());
        List<Long> parents = d.parents().get(objectiveIssueId);
        if (parents != null) {
            ids.addAll(parents);
        }
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        EpicProgress.Completions completions = d.completions();
        ObjectiveAssessment assessment = assess(d, visible, s, now).get(objectiveIssueId);
        IssueDetails objectiveIssue = visible.get(objectiveIssueId);
        if (objectiveIssue == null) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyForErrors));
        }
        Map<Long, List<CheckInView>> history = new HashMap<>();
        store.findCheckIns(krs.stream().map(KeyResultRecord::issueId).toList())
                .forEach((id, checkIns) -> history.put(id, checkIns.stream().map(OkrViews::checkInView).toList()));
        return view(objective, objectiveIssue, cycle, krs, visible, history, completions, finalScores(cycle),
                parentKey(parents, visible), now, assessment, s);
    }

    /** A key result with its check-ins, its objective and cycle: what the trend item shows. */
    public record KeyResultInContext(KeyResultRecord record, KeyResultView view, List<CheckIn> history,
                                     ObjectiveRecord objective, IssueDetails objectiveIssue, Cycle cycle) {
    }

    /**
     * The visible key result {@code issueKey} with its check-ins, assessed as in its objective (a key result's
     * status does not depend on its siblings), in six statements: the issue, its row, its objective's row,
     * the cycle, the check-ins and the objective's issue; the epics of an ISSUE_COMPLETION key result and a
     * closed cycle's frozen scores add theirs.
     */
    public KeyResultInContext keyResultInContext(String field, String issueKey, Instant now) {
        IssueDetails issue = visibleDetails(field, issueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException(field,
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        ObjectiveRecord objective = store.findObjective(kr.objectiveIssueId()).orElseThrow();
        Cycle cycle = store.findCycle(kr.cycleId()).orElseThrow();
        List<CheckIn> history = store.findCheckIns(List.of(kr.issueId())).getOrDefault(kr.issueId(), List.of());
        EpicProgress.Completions completions = epicProgress.of(kr.target().kind() == KeyResultKind.ISSUE_COMPLETION
                ? List.of(kr.issueId()) : List.of());
        List<Long> ids = new ArrayList<>();
        ids.add(objective.issueId());
        ids.addAll(completions.epicIds());
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        IssueDetails objectiveIssue = visible.get(objective.issueId());
        if (objectiveIssue == null) {
            throw new NotFoundException(field, messages.text("emerald.error.issue.not.found", issueKey));
        }
        Map<Long, IssueSummary> epics = new HashMap<>();
        visible.forEach((id, d) -> epics.put(id, d.issue()));
        FinalScoreRecord frozen = finalScores(cycle).get(kr.issueId());
        OkrSettings s = settings.load();
        KeyResult measured = keyResult(kr, completions, now, s.cadenceOf(objectiveIssue.projectKey()).interval());
        Assessment a = frozen == null ? s.assessor().assessKeyResult(measured, objective.commitment(), cycle, now)
                : OkrAssessor.finalAssessment(new Progress(frozen.score()), objective.commitment());
        KeyResultView view = keyResultView(kr, measured, issue, a, history.stream().map(OkrViews::checkInView).toList(),
                completions.view(kr.issueId(), epics::get), frozen == null ? null : frozen.score());
        return new KeyResultInContext(kr, view, history, objective, objectiveIssue, cycle);
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
        OkrSettings s = settings.load();
        Map<Long, Cycle> cycles = new HashMap<>();
        store.listCycles().forEach(c -> cycles.put(c.id(), c));
        // each cycle among them is read whole, so aligned child objectives count as in the cycle reads
        Map<Long, List<KeyResultRecord>> krsAsked = store.findKeyResultsOfObjectives(records.keySet()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        Map<Long, CycleData> byCycle = new LinkedHashMap<>();
        records.values().stream().map(ObjectiveRecord::cycleId).distinct().filter(cycles::containsKey)
                .forEach(c -> byCycle.put(c, cycleData(cycles.get(c), records.values().stream()
                        .filter(o -> o.cycleId() == c).flatMap(o -> krsAsked.getOrDefault(o.issueId(), List.of()).stream())
                        .filter(k -> k.target().kind() == KeyResultKind.ISSUE_COMPLETION).map(KeyResultRecord::issueId).toList())));
        for (ObjectiveRecord o : records.values()) {
            byCycle.computeIfPresent(o.cycleId(), (c, d) -> withObjective(d, o, krsAsked.getOrDefault(o.issueId(), List.of())));
        }
        List<Long> ids = new ArrayList<>();
        for (CycleData d : byCycle.values()) {
            d.objectives().forEach(o -> ids.add(o.issueId()));
            d.krsByObjective().values().forEach(list -> list.forEach(k -> ids.add(k.issueId())));
            ids.addAll(d.completions().epicIds());
            d.parents().values().forEach(ids::addAll);
        }
        Map<Long, IssueDetails> visible = issues.findVisibleDetailsByIds(ids);
        Map<Long, Map<Long, ObjectiveAssessment>> assessedByCycle = new HashMap<>();
        Map<Long, Map<Long, FinalScoreRecord>> finalsByCycle = new HashMap<>();
        Map<Long, ObjectiveView> views = new LinkedHashMap<>();
        for (Long id : objectiveIssueIds) {
            ObjectiveRecord o = records.get(id);
            Cycle cycle = o == null ? null : cycles.get(o.cycleId());
            if (o == null || cycle == null || !visible.containsKey(id) || views.containsKey(id)) {
                continue;
            }
            CycleData d = byCycle.get(cycle.id());
            Map<Long, ObjectiveAssessment> assessed = assessedByCycle.computeIfAbsent(cycle.id(), c -> assess(d, visible, s, now));
            Map<Long, FinalScoreRecord> finals = finalsByCycle.computeIfAbsent(cycle.id(), c -> finalScores(cycle));
            views.put(id, view(o, visible.get(id), cycle, d.krsByObjective().getOrDefault(id, List.of()), visible, Map.of(),
                    d.completions(), finals, parentKey(d.parents().get(id), visible), now, assessed.get(id), s));
        }
        return views;
    }

    private ObjectiveView view(ObjectiveRecord objective, IssueDetails issue, Cycle cycle, List<KeyResultRecord> krs,
                               Map<Long, IssueDetails> visibleDetails, Map<Long, List<CheckInView>> history,
                               EpicProgress.Completions completions, Map<Long, FinalScoreRecord> finals, String parentKey,
                               Instant now, ObjectiveAssessment assessment, OkrSettings s) {
        // looked up, not copied: a list read builds a view per objective over one map of every visible issue
        Function<Long, IssueSummary> visible = id -> {
            IssueDetails d = visibleDetails.get(id);
            return d == null ? null : d.issue();
        };
        OkrAssessor assessor = s.assessor();
        Duration cadence = s.cadenceOf(issue.projectKey()).interval();
        List<KeyResult> keyResults = krs.stream().map(k -> keyResult(k, completions, now, cadence)).toList();
        // The roll-up counts every key result (and contributing child objective); only those the user may browse are listed.
        Map<Long, KeyResult> byId = keyResults.stream().collect(Collectors.toMap(KeyResult::issueId, Function.identity()));
        List<KeyResultView> krViews = krs.stream()
                .filter(k -> visibleDetails.containsKey(k.issueId()))
                .map(k -> {
                    // a closed cycle shows what was frozen at close time, not what the formulas give today
                    FinalScoreRecord frozen = finals.get(k.issueId());
                    Assessment a = frozen == null ? assessment.keyResult(k.issueId())
                            : assessor.graded(new Progress(frozen.score()), objective.commitment());
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
        Assessment graded = assessor.graded(new Progress(frozen.score()), objective.commitment());
        return new ObjectiveView(issue.id(), issue.key(), issue.issue().summary(), objective.cycleId(),
                objective.commitment().name(), computed.value(), computed.percent(), graded.score().value(),
                graded.grade().name(), graded.status().name(), krViews, objective.archived(), graded.score().value(),
                frozen.overridden(), frozen.overrideReason(), issue.projectKey(), ownerKey(issue), ownerName(issue), parentKey);
    }

    /** An ISSUE_COMPLETION key result's value is the done share of its epics' work, measured now. */
    private static KeyResult keyResult(KeyResultRecord record, EpicProgress.Completions completions, Instant now,
                                       Duration cadence) {
        WorkCompletion completion = completions.byKeyResult().get(record.issueId());
        if (record.target().kind() != KeyResultKind.ISSUE_COMPLETION || completion == null) {
            return record.toKeyResult(cadence);
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
