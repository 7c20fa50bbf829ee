package com.emeraldokr.core.service;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.UpdateKeyResult;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.api.i18n.Messages;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The OKR commands: cycles, objectives with key results, check-ins and key-result edits, and reading one objective. */
@Named
public class OkrService {

    /** Clocks of two machines disagree a little; a check-in that far "in the future" is still now. */
    private static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofMinutes(5);

    private final OkrStore store;
    private final IssueDirectory issues;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final IssueLinks links;
    private final OkrViews views;

    @Inject
    public OkrService(OkrStore store, IssueDirectory issues, CurrentUser currentUser, Messages messages, Clock clock,
                      IssueLinks links, EpicWork work) {
        this.store = store;
        this.issues = issues;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.links = links;
        this.views = new OkrViews(store, issues, messages, links, work);
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
        return OkrViews.cycleView(store.createCycle(request.name().trim(), start, end, zone, state), clock.instant());
    }

    public List<CycleView> cycles() {
        Instant now = clock.instant();
        return store.listCycles().stream().map(c -> OkrViews.cycleView(c, now)).toList();
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
            seenKeys.add(OkrViews.normaliseKey(request.issueKey()));
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

        IssueSummary objectiveIssue = views.visibleIssue("issueKey", request.issueKey());
        List<IssueSummary> krIssues = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            krIssues.add(views.visibleIssue("keyResults[" + i + "].issueKey", krs.get(i).issueKey()));
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

        if (!links.mayLink(objectiveIssue.id())) {
            throw new ForbiddenException("issueKey", messages.text("emerald.error.link.permission", objectiveIssue.key()));
        }

        ObjectiveRecord objective = new ObjectiveRecord(objectiveIssue.id(), cycle.id(), commitment);
        List<KeyResultRecord> records = new ArrayList<>();
        for (int i = 0; i < krs.size(); i++) {
            BigDecimal weight = krs.get(i).weight() == null ? BigDecimal.ONE : krs.get(i).weight();
            records.add(new KeyResultRecord(krIssues.get(i).id(), objectiveIssue.id(), cycle.id(), targets.get(i),
                    weight, Optional.empty()));
        }
        writeObjective(objective, objectiveIssue, krIssues, records);
        return objective(objectiveIssue.key());
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
        } catch (RuntimeException e) {
            for (Long krId : linked) {
                try {
                    links.unlink(objectiveIssue.id(), krId, IssueLinks.Kind.KEY_RESULT);
                } catch (RuntimeException undoFailed) {
                    e.addSuppressed(undoFailed);
                }
            }
            throw new StepFailedException(messages.text("emerald.error.step.failed", step, reason(e)), e,
                    e instanceof IssueWriteException);
        }
    }

    /** Check-ins and target edits change the key result: they need Jira's edit permission on its issue. */
    private void requireMayEdit(IssueSummary issue) {
        if (!issues.mayEdit(issue.id())) {
            throw new ForbiddenException("issueKey", messages.text("emerald.error.edit.permission", issue.key()));
        }
    }

    static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
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

        IssueSummary issue = views.visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        requireMayEdit(issue);
        if (!kr.target().kind().isCheckedIn()) {
            throw new ConflictException("issueKey", messages.text("emerald.error.checkin.measured", issue.key()));
        }
        CheckIn checkIn = new CheckIn(at, request.value(), request.confidence(),
                request.note() == null ? "" : request.note().strip(), currentUser.userKey().orElse(null));
        store.recordCheckIn(kr.issueId(), checkIn);
        return views.keyResultOf(kr, issue.key(), clock.instant());
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
        IssueSummary issue = views.visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
        requireMayEdit(issue);
        BigDecimal weight = request.weight() == null ? kr.weight() : request.weight();
        try {
            store.updateKeyResult(kr.issueId(), request.version(), target, weight, currentUser.userKey().orElse(null));
        } catch (StaleVersionException e) {
            throw new StaleVersionException("version", messages.text("emerald.error.version.stale"));
        }
        return views.keyResultOf(kr, issue.key(), clock.instant());
    }

    public ObjectiveView objective(String issueKey) {
        IssueSummary issue = views.visibleIssue("issueKey", issueKey);
        return views.objectiveById(issue.id(), issue.key(), clock.instant());
    }

    /** {@code path} is the JSON path of the key result in the request, empty when it is the whole body. */
    private KeyResultTarget validateKeyResult(Validator v, String path, NewKeyResult kr, Set<String> seenKeys) {
        if (kr == null) {
            v.reject(path, "emerald.error.required");
            return null;
        }
        String p = path.isEmpty() ? "" : path + ".";
        if (v.required(p + "issueKey", kr.issueKey()) && !seenKeys.add(OkrViews.normaliseKey(kr.issueKey()))) {
            v.reject(p + "issueKey", "emerald.error.issue.duplicate", kr.issueKey());
        }
        return KeyResultTargets.validate(v, p, kr.kind(), kr.start(), kr.target(), kr.upper(), kr.unit(), kr.weight());
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
