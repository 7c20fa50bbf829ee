package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.Assessment;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.Forecaster;
import com.emeraldokr.core.domain.KeyResult;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.NetConfidenceScore;
import com.emeraldokr.core.domain.ObjectiveAssessment;
import com.emeraldokr.core.domain.OkrAssessor;
import com.emeraldokr.core.domain.OkrStatus;
import com.emeraldokr.core.domain.Progress;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.Messages;

import javax.inject.Inject;
import javax.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The OKR use cases: cycles, objectives with key results, check-ins, and the reads behind REST and gadgets. */
@Named
public class OkrService {

    /** Clocks of two machines disagree a little; a check-in that far "in the future" is still now. */
    private static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofMinutes(5);

    private final OkrStore store;
    private final IssueDirectory issues;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final OkrAssessor assessor = OkrAssessor.withDefaults();
    private final PlanLint planLint;

    @Inject
    public OkrService(OkrStore store, IssueDirectory issues, CurrentUser currentUser, Messages messages, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.planLint = new PlanLint(messages);
    }

    public CycleView createCycle(NewCycle request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("name", request.name());
        v.maxLength("name", request.name(), Validator.MAX_NAME_LENGTH);
        LocalDate start = parseDate(v, "start", request.start());
        LocalDate end = parseDate(v, "end", request.end());
        if (start != null && end != null && end.isBefore(start)) {
            v.reject("end", "emerald.error.cycle.end.before.start");
        }
        ZoneId zone = ZoneId.of("UTC");
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                v.reject("timeZone", "emerald.error.timezone.unknown", request.timeZone());
            }
        }
        CycleState state = request.state() == null ? CycleState.PLANNING
                : parseEnum(v, "state", request.state(), CycleState.class);
        v.throwIfInvalid();
        return CycleView.of(store.createCycle(request.name().trim(), start, end, zone, state), clock.instant());
    }

    public List<CycleView> cycles() {
        Instant now = clock.instant();
        return store.listCycles().stream().map(c -> CycleView.of(c, now)).toList();
    }

    public ObjectiveView createObjective(NewObjective request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("issueKey", request.issueKey());
        Commitment commitment = v.required("commitment", request.commitment())
                ? parseEnum(v, "commitment", request.commitment(), Commitment.class) : null;
        List<NewKeyResult> krs = request.keyResults() == null ? List.of() : request.keyResults();
        if (krs.isEmpty()) {
            v.reject("keyResults", "emerald.error.keyresults.empty");
        }
        Set<String> seenKeys = new HashSet<>();
        if (request.issueKey() != null) {
            seenKeys.add(normaliseKey(request.issueKey()));
        }
        List<KeyResultTarget> targets = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            targets.add(validateKeyResult(v, "keyResults[" + i + "]", krs.get(i), seenKeys));
        }
        Cycle cycle = null;
        if (v.required("cycleId", request.cycleId())) {
            cycle = store.findCycle(request.cycleId()).orElse(null);
        }
        v.throwIfInvalid();
        if (cycle == null) {
            throw new NotFoundException("cycleId", messages.text("emerald.error.cycle.not.found", request.cycleId()));
        }

        IssueSummary objectiveIssue = visibleIssue("issueKey", request.issueKey());
        List<IssueSummary> krIssues = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            krIssues.add(visibleIssue("keyResults[" + i + "].issueKey", krs.get(i).issueKey()));
        }
        List<Long> allIds = new ArrayList<>();
        allIds.add(objectiveIssue.id());
        krIssues.forEach(i -> allIds.add(i.id()));
        Set<Long> taken = store.registeredIssueIds(allIds);
        if (taken.contains(objectiveIssue.id())) {
            throw new ConflictException("issueKey",
                    messages.text("emerald.error.issue.already.registered", objectiveIssue.key()));
        }
        for (int i = 0; i < krIssues.size(); i++) {
            if (taken.contains(krIssues.get(i).id())) {
                throw new ConflictException("keyResults[" + i + "].issueKey",
                        messages.text("emerald.error.issue.already.registered", krIssues.get(i).key()));
            }
        }

        ObjectiveRecord objective = new ObjectiveRecord(objectiveIssue.id(), cycle.id(), commitment);
        List<KeyResultRecord> records = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            BigDecimal weight = krs.get(i).weight() == null ? BigDecimal.ONE : krs.get(i).weight();
            records.add(new KeyResultRecord(krIssues.get(i).id(), objectiveIssue.id(), cycle.id(), targets.get(i),
                    weight, Optional.empty()));
        }
        store.createObjective(objective, records);
        return objective(objectiveIssue.key());
    }

    public KeyResultView recordCheckIn(String keyResultIssueKey, NewCheckIn request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.decimal("value", request.value());
        if (v.required("confidence", request.confidence())
                && (request.confidence() < CheckIn.MIN_CONFIDENCE || request.confidence() > CheckIn.MAX_CONFIDENCE)) {
            v.reject("confidence", "emerald.error.confidence.range", CheckIn.MIN_CONFIDENCE, CheckIn.MAX_CONFIDENCE);
        }
        v.maxLength("note", request.note(), Validator.MAX_NOTE_LENGTH);
        Instant at = clock.instant();
        if (request.at() != null && !request.at().isBlank()) {
            try {
                Instant given = Instant.parse(request.at().strip());
                if (given.isAfter(at.plus(FUTURE_TOLERANCE))) {
                    v.reject("at", "emerald.error.checkin.future");
                } else {
                    at = given;
                }
            } catch (DateTimeException e) {
                v.reject("at", "emerald.error.backup.instant", request.at());
            }
        }
        v.throwIfInvalid();

        IssueSummary issue = visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        CheckIn checkIn = new CheckIn(at, request.value(), request.confidence(),
                request.note() == null ? "" : request.note().strip(), currentUser.userKey().orElse(null));
        store.recordCheckIn(kr.issueId(), checkIn);

        ObjectiveView objective = objectiveById(kr.objectiveIssueId(), issue.key());
        return objective.keyResults().stream().filter(k -> k.issueId() == kr.issueId()).findFirst().orElseThrow();
    }

    /** Edits a key result's target and weight; the request carries the version it was based on. */
    public KeyResultView updateKeyResult(String keyResultIssueKey, UpdateKeyResult request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("version", request.version());
        NewKeyResult asNew = new NewKeyResult(keyResultIssueKey, request.kind(), request.start(), request.target(),
                request.upper(), request.unit(), request.weight());
        KeyResultTarget target = validateKeyResult(v, "", asNew, new HashSet<>());
        v.throwIfInvalid();
        IssueSummary issue = visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        BigDecimal weight = request.weight() == null ? kr.weight() : request.weight();
        try {
            store.updateKeyResult(kr.issueId(), request.version(), target, weight, currentUser.userKey().orElse(null));
        } catch (StaleVersionException e) {
            throw new StaleVersionException("version", messages.text("emerald.error.version.stale"));
        }
        ObjectiveView objective = objectiveById(kr.objectiveIssueId(), issue.key());
        return objective.keyResults().stream().filter(k -> k.issueId() == kr.issueId()).findFirst().orElseThrow();
    }

    public ObjectiveView objective(String issueKey) {
        IssueSummary issue = visibleIssue("issueKey", issueKey);
        return objectiveById(issue.id(), issue.key());
    }

    private ObjectiveView objectiveById(long objectiveIssueId, String keyForErrors) {
        ObjectiveRecord objective = store.findObjective(objectiveIssueId).orElseThrow(() -> new NotFoundException(
                "issueKey", messages.text("emerald.error.objective.not.found", keyForErrors)));
        Cycle cycle = store.findCycle(objective.cycleId()).orElseThrow();
        List<KeyResultRecord> krs = store.findKeyResultsOfObjective(objectiveIssueId);
        List<Long> ids = new ArrayList<>();
        ids.add(objectiveIssueId);
        krs.forEach(k -> ids.add(k.issueId()));
        Map<Long, IssueSummary> visible = issues.findVisibleByIds(ids);
        IssueSummary objectiveIssue = visible.get(objectiveIssueId);
        if (objectiveIssue == null) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyForErrors));
        }
        Map<Long, List<CheckInView>> history = new HashMap<>();
        store.findCheckIns(krs.stream().map(KeyResultRecord::issueId).toList())
                .forEach((id, checkIns) -> history.put(id, checkIns.stream().map(CheckInView::of).toList()));
        return view(objective, objectiveIssue, cycle, krs, visible, history, clock.instant());
    }

    /** The OKR progress gadget's data: the given cycle, or the current one when {@code cycleId} is null. */
    public OkrProgressView okrProgress(Long cycleId) {
        return okrProgress(cycleId, null);
    }

    /** The OKR progress gadget's data, optionally for one project only (the issue-key prefix). */
    public OkrProgressView okrProgress(Long cycleId, String projectKey) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new OkrProgressView(null, List.of());
        }
        String prefix = projectPrefix(projectKey);
        List<ObjectiveView> views = objectivesOf(cycle.get(), now).stream()
                .filter(o -> prefix == null || o.issueKey().startsWith(prefix))
                .sorted(Comparator.comparing((ObjectiveView o) -> OkrStatus.valueOf(o.status()))
                        .thenComparing(ObjectiveView::progress)
                        .thenComparing(ObjectiveView::issueKey))
                .toList();
        return new OkrProgressView(CycleView.of(cycle.get(), now), views);
    }

    /**
     * A project's objectives of a cycle as a planning table, in issue-key order, with the OKR lint's
     * findings when asked. The project is the issue-key prefix, as in Jira.
     */
    public OkrPlanView okrPlan(String projectKey, Long cycleId, boolean withLint) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new OkrPlanView(null, List.of(), List.of());
        }
        String prefix = projectPrefix(projectKey);
        List<ObjectiveView> objectives = objectivesOf(cycle.get(), now).stream()
                .filter(o -> prefix == null || o.issueKey().startsWith(prefix))
                .sorted(Comparator.comparing((ObjectiveView o) -> o.issueKey().length()).thenComparing(ObjectiveView::issueKey))
                .toList();
        List<OkrPlanView.Finding> findings = withLint
                ? planLint.findings(objectives, cycle.get().elapsedShare(now)) : List.of();
        return new OkrPlanView(CycleView.of(cycle.get(), now), objectives, findings);
    }

    /**
     * The cycle overview gadget's data: objectives by status, average score, net confidence, objectives
     * per team (project), the lint findings worth a manager's attention and the days left.
     */
    public CycleOverviewView cycleOverview(Long cycleId) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new CycleOverviewView(null, Map.of(), null, null, Map.of(), List.of(), 0);
        }
        List<ObjectiveView> objectives = objectivesOf(cycle.get(), now);
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byTeam = new TreeMap<>();
        for (ObjectiveView o : objectives) {
            byStatus.merge(o.status(), 1, Integer::sum);
            byTeam.merge(PlanLint.projectOf(o.issueKey()), 1, Integer::sum);
        }
        BigDecimal average = objectives.isEmpty() ? null : Progress.mean(objectives.stream()
                .map(o -> new Progress(o.score())).toList()).value();
        OptionalInt ncs = NetConfidenceScore.of(objectives.stream()
                .flatMap(o -> o.keyResults().stream()).map(k -> OkrStatus.valueOf(k.status())).toList());
        List<OkrPlanView.Finding> findings = planLint.findings(objectives, cycle.get().elapsedShare(now)).stream()
                .filter(f -> !"INFO".equals(f.severity())).toList();
        return new CycleOverviewView(CycleView.of(cycle.get(), now), byStatus, average,
                ncs.isPresent() ? ncs.getAsInt() : null, byTeam, findings, cycle.get().daysLeft(now));
    }

    /** The key-result trend gadget's data: check-ins against the expected-progress line, and the forecast. */
    public KeyResultTrendView keyResultTrend(String keyResultIssueKey) {
        IssueSummary issue = visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        ObjectiveRecord objective = store.findObjective(kr.objectiveIssueId()).orElseThrow();
        Cycle cycle = store.findCycle(kr.cycleId()).orElseThrow();
        Instant now = clock.instant();
        ObjectiveView objectiveView = objectiveById(objective.issueId(), issue.key());
        KeyResultView view = objectiveView.keyResults().stream().filter(k -> k.issueId() == kr.issueId()).findFirst()
                .orElseThrow(() -> new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", issue.key())));
        List<CheckIn> history = store.findCheckIns(List.of(kr.issueId())).get(kr.issueId());
        List<KeyResultTrendView.Point> points = history.stream()
                .map(c -> new KeyResultTrendView.Point(c.at().toString(), kr.target().progressAt(c.value()).value(), c.value()))
                .toList();
        KeyResultTrendView.Forecast forecast = Forecaster
                .forecast(kr.target(), objective.commitment(), cycle, history)
                .map(f -> new KeyResultTrendView.Forecast(cycle.endsAt().toString(), f.projectedProgress().value(),
                        f.projectedValue(), f.trendingOffTrack()))
                .orElse(null);
        return new KeyResultTrendView(CycleView.of(cycle, now), objectiveView.issueKey(), objectiveView.summary(), view,
                cycle.startsAt().toString(), cycle.endsAt().toString(), objective.commitment().expectation(), points, forecast);
    }

    private static String projectPrefix(String projectKey) {
        return projectKey == null || projectKey.isBlank() ? null : projectKey.strip().toUpperCase(Locale.ROOT) + "-";
    }

    private Optional<Cycle> cycleOrCurrent(Long cycleId, Instant now) {
        Optional<Cycle> found = cycleId != null ? store.findCycle(cycleId) : currentCycle(now);
        if (cycleId != null && found.isEmpty()) {
            throw new NotFoundException("cycleId", messages.text("emerald.error.cycle.not.found", cycleId));
        }
        return found;
    }

    /** Every objective of the cycle the user may see, with its key results, in a fixed number of reads. */
    private List<ObjectiveView> objectivesOf(Cycle cycle, Instant now) {
        List<ObjectiveRecord> objectives = store.findObjectivesInCycle(cycle.id());
        Map<Long, List<KeyResultRecord>> krsByObjective = store.findKeyResultsInCycle(cycle.id()).stream()
                .collect(Collectors.groupingBy(KeyResultRecord::objectiveIssueId));
        List<Long> ids = new ArrayList<>();
        for (ObjectiveRecord o : objectives) {
            ids.add(o.issueId());
            krsByObjective.getOrDefault(o.issueId(), List.of()).forEach(k -> ids.add(k.issueId()));
        }
        Map<Long, IssueSummary> visible = issues.findVisibleByIds(ids);
        return objectives.stream()
                .filter(o -> visible.containsKey(o.issueId()))
                .map(o -> view(o, visible.get(o.issueId()), cycle, krsByObjective.getOrDefault(o.issueId(), List.of()),
                        visible, Map.of(), now))
                .toList();
    }

    /** The active cycle containing {@code now}; failing that, the active cycle that started last. */
    private Optional<Cycle> currentCycle(Instant now) {
        List<Cycle> active = store.listCycles().stream().filter(c -> c.state() == CycleState.ACTIVE).toList();
        return active.stream().filter(c -> c.contains(now)).findFirst()
                .or(() -> active.stream().max(Comparator.comparing(Cycle::start)));
    }

    private ObjectiveView view(ObjectiveRecord objective, IssueSummary issue, Cycle cycle, List<KeyResultRecord> krs,
                               Map<Long, IssueSummary> visible, Map<Long, List<CheckInView>> history, Instant now) {
        List<KeyResult> keyResults = krs.stream().map(KeyResultRecord::toKeyResult).toList();
        // The roll-up counts every key result; only those the user may browse are listed.
        ObjectiveAssessment assessment = assessor.assessObjective(keyResults, objective.commitment(), cycle, now);
        Map<Long, KeyResult> byId = keyResults.stream().collect(Collectors.toMap(KeyResult::issueId, Function.identity()));
        List<KeyResultView> krViews = krs.stream()
                .filter(k -> visible.containsKey(k.issueId()))
                .map(k -> keyResultView(k, byId.get(k.issueId()), visible.get(k.issueId()),
                        assessment.keyResult(k.issueId()), history.getOrDefault(k.issueId(), List.of())))
                .toList();
        Assessment overall = assessment.overall();
        return new ObjectiveView(issue.id(), issue.key(), issue.summary(), objective.cycleId(),
                objective.commitment().name(), overall.progress().value(), overall.progress().percent(),
                overall.score().value(), overall.grade().name(), overall.status().name(), krViews);
    }

    private static KeyResultView keyResultView(KeyResultRecord record, KeyResult kr, IssueSummary issue, Assessment a,
                                               List<CheckInView> history) {
        KeyResultTarget t = record.target();
        return new KeyResultView(issue.id(), issue.key(), issue.summary(), t.kind().name(), t.start(), t.target(),
                t.upper(), t.unit(), kr.currentValue(), record.weight(), a.progress().value(), a.progress().percent(),
                a.score().value(), a.grade().name(), a.status().name(),
                record.latestCheckIn().map(c -> c.at().toString()).orElse(null),
                record.latestCheckIn().map(CheckIn::confidence).orElse(null), history, record.version());
    }

    /** {@code path} is the JSON path of the key result in the request, empty when it is the whole body. */
    private KeyResultTarget validateKeyResult(Validator v, String path, NewKeyResult kr, Set<String> seenKeys) {
        if (kr == null) {
            v.reject(path, "emerald.error.required");
            return null;
        }
        String p = path.isEmpty() ? "" : path + ".";
        if (v.required(p + "issueKey", kr.issueKey()) && !seenKeys.add(normaliseKey(kr.issueKey()))) {
            v.reject(p + "issueKey", "emerald.error.issue.duplicate", kr.issueKey());
        }
        KeyResultKind kind = v.required(p + "kind", kr.kind())
                ? parseEnum(v, p + "kind", kr.kind(), KeyResultKind.class) : null;
        v.maxLength(p + "unit", kr.unit(), Validator.MAX_UNIT_LENGTH);
        if (kr.weight() != null) {
            if (kr.weight().signum() < 0) {
                v.reject(p + "weight", "emerald.error.weight.negative");
            } else {
                v.decimal(p + "weight", kr.weight());
            }
        }
        if (kind == KeyResultKind.ISSUE_COMPLETION) {
            // its progress comes from the epics linked to it, which the Jira integration adds
            v.reject(p + "kind", "emerald.error.kind.needs.epics");
            return null;
        }
        boolean milestone = kind == KeyResultKind.MILESTONE;
        BigDecimal start = milestone && kr.start() == null ? BigDecimal.ZERO : kr.start();
        BigDecimal target = milestone && kr.target() == null ? BigDecimal.ONE : kr.target();
        boolean startOk = v.decimal(p + "start", start);
        boolean targetOk = v.decimal(p + "target", target);
        boolean upperOk = true;
        if (kind == KeyResultKind.STAY_WITHIN) {
            upperOk = v.decimal(p + "upper", kr.upper());
        } else if (kr.upper() != null) {
            v.reject(p + "upper", "emerald.error.upper.only.within");
            upperOk = false;
        }
        if (kind == null || !startOk || !targetOk || !upperOk) {
            return null;
        }
        if (kind == KeyResultKind.INCREASE_TO && target.compareTo(start) < 0) {
            v.reject(p + "target", "emerald.error.target.below.start");
        } else if (kind == KeyResultKind.DECREASE_TO && target.compareTo(start) > 0) {
            v.reject(p + "target", "emerald.error.target.above.start");
        } else if (kind == KeyResultKind.STAY_WITHIN && kr.upper().compareTo(target) < 0) {
            v.reject(p + "upper", "emerald.error.upper.below.target");
        } else {
            return new KeyResultTarget(kind, start, target, kind == KeyResultKind.STAY_WITHIN ? kr.upper() : null,
                    kr.unit() == null ? "" : kr.unit().strip());
        }
        return null;
    }

    private IssueSummary visibleIssue(String field, String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            throw new ValidationException(List.of(new FieldError(field, messages.text("emerald.error.required"))));
        }
        return issues.findVisibleByKey(normaliseKey(issueKey)).orElseThrow(() -> new NotFoundException(field,
                messages.text("emerald.error.issue.not.found", issueKey)));
    }

    private static String normaliseKey(String issueKey) {
        return issueKey.strip().toUpperCase(Locale.ROOT);
    }

    private static LocalDate parseDate(Validator v, String field, String value) {
        if (!v.required(field, value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            v.reject(field, "emerald.error.date.format", value);
            return null;
        }
    }

    static <E extends Enum<E>> E parseEnum(Validator v, String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            v.reject(field, "emerald.error.enum", value, allowed);
            return null;
        }
    }
}
