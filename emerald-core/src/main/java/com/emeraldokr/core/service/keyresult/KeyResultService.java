package com.emeraldokr.core.service.keyresult;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.UpdateKeyResult;
import com.emeraldokr.api.view.EpicContributionsView;
import com.emeraldokr.api.view.KeyResultPanelView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.MyKeyResultsView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Key results: reading one with its check-ins and epics, checking in, editing the target, and
 * linking the epics that contribute to it.
 */
@Named
public class KeyResultService {

    /** Clocks of two machines disagree a little; a check-in that far "in the future" is still now. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final OkrStore store;
    private final IssueDirectory issues;
    private final IssueLinks links;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final OkrViews views;
    private final KpiStore kpis;

    @Inject
    public KeyResultService(OkrStore store, IssueDirectory issues, IssueLinks links, EpicWork work,
                            CurrentUser currentUser, Messages messages, Clock clock, SettingsStore settings, KpiStore kpis) {
        this.store = store;
        this.kpis = kpis;
        this.issues = issues;
        this.links = links;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.views = new OkrViews(store, issues, messages, links, work, settings);
    }

    /** The key result with its linked epics and the done share of their work. */
    public KeyResultView keyResult(String keyResultKey) {
        return keyResultView(keyResultIssue(keyResultKey));
    }

    /** The key result as its issue-view panel shows it: with its check-ins, epics and the objective it belongs to. */
    public KeyResultPanelView panel(String keyResultKey) {
        IssueDetails kr = keyResultIssue(keyResultKey);
        return views.keyResultPanel(store.findKeyResult(kr.id()).orElseThrow(), kr.key(), clock.instant());
    }

    /**
     * The key results an epic feeds ("contributes to" links), each with its progress, status and
     * objective, in link order; key results or objectives the user may not see are left out. A fixed
     * number of reads however many key results the epic feeds.
     */
    public EpicContributionsView epicContributions(String epicKey) {
        IssueDetails epic = views.visibleDetails("issueKey", epicKey);
        List<Long> keyResultIds = links.targetsOf(List.of(epic.id()), IssueLinks.Kind.CONTRIBUTES).getOrDefault(epic.id(), List.of());
        if (keyResultIds.isEmpty()) {
            return new EpicContributionsView(epic.key(), List.of(), 0);
        }
        Map<Long, KeyResultRecord> records = new LinkedHashMap<>();
        store.findKeyResults(keyResultIds).forEach(k -> records.put(k.issueId(), k));
        Map<Long, ObjectiveView> objectives = views.objectivesByIds(records.values().stream()
                .map(KeyResultRecord::objectiveIssueId).distinct().toList(), clock.instant());
        List<EpicContributionsView.Contribution> contributions = new ArrayList<>();
        for (Long id : keyResultIds) {
            KeyResultRecord record = records.get(id);
            ObjectiveView objective = record == null ? null : objectives.get(record.objectiveIssueId());
            if (objective == null) {
                continue;
            }
            objective.keyResults().stream().filter(k -> k.issueId() == id).findFirst().ifPresent(k ->
                    contributions.add(new EpicContributionsView.Contribution(k, ObjectiveRefView.of(objective))));
        }
        return new EpicContributionsView(epic.key(), contributions, records.size());
    }

    public KeyResultView recordCheckIn(String keyResultIssueKey, NewCheckIn request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.decimal("value", request.value());
        CheckInValidator.confidenceAndNote(v, "", request.confidence(), request.note());
        Instant now = clock.instant();
        Instant at = v.instant("at", request.at(), false);
        if (at != null && at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            v.reject("at", "emerald.error.checkin.future");
        }
        v.throwIfInvalid();

        IssueSummary issue = views.visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = registered(issue);
        views.requireMayEdit(issue);
        requireOpenCycle(kr, issue, "emerald.error.cycle.closed.checkin");
        if (!kr.target().kind().isCheckedIn()) {
            throw new ConflictException("issueKey", messages.text("emerald.error.checkin.measured", issue.key()));
        }
        if (kr.kpiId() != null) {
            // the metric is kept once, as the KPI's measurements
            throw new ConflictException("issueKey", messages.text("emerald.error.checkin.kpi", issue.key(),
                    kpis.find(kr.kpiId()).map(k -> k.draft().definition().name()).orElse(String.valueOf(kr.kpiId()))));
        }
        requireNotBeforeCycle(kr, at == null ? now : at);
        CheckIn checkIn = new CheckIn(at == null ? now : at, request.value(), request.confidence(),
                request.note() == null ? "" : request.note().strip(), currentUser.userKey().orElse(null));
        store.recordCheckIn(kr.issueId(), checkIn);
        return views.keyResultOf(kr, issue.key(), clock.instant());
    }

    /**
     * Edits a key result's target, unit and weight; the request carries the version it was based on.
     * A field left out keeps its stored value, and the result must pass the same rules as a new key
     * result. The upper edge is kept only while the kind still takes one.
     */
    public KeyResultView updateKeyResult(String keyResultIssueKey, UpdateKeyResult request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("version", request.version());
        IssueSummary issue = views.visibleIssue("issueKey", keyResultIssueKey);
        KeyResultRecord kr = registered(issue);
        KeyResultTarget stored = kr.target();
        String kind = request.kind() == null ? stored.kind().name() : request.kind();
        BigDecimal upper = request.upper() != null ? request.upper()
                : stored.upper() != null && kindTakesUpper(kind) ? stored.upper() : null;
        KeyResultTarget target = KeyResultValidator.target(v, "", kind,
                request.start() == null ? stored.start() : request.start(),
                request.target() == null ? stored.target() : request.target(),
                upper, request.unit() == null ? stored.unit() : request.unit(), request.weight());
        v.throwIfInvalid();
        views.requireMayEdit(issue);
        requireOpenCycle(kr, issue, "emerald.error.cycle.closed.edit");
        BigDecimal weight = request.weight() == null ? kr.weight() : request.weight();
        try {
            store.updateKeyResult(kr.issueId(), request.version(), target, weight, currentUser.userKey().orElse(null));
        } catch (StaleVersionException e) {
            throw new StaleVersionException("version", messages.text("emerald.error.version.stale"));
        }
        return views.keyResultOf(kr, issue.key(), clock.instant());
    }

    private static boolean kindTakesUpper(String kindName) {
        try {
            return KeyResultKind.valueOf(kindName.strip().toUpperCase(Locale.ROOT)).takesUpper();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The key results of the cycle (the current one when {@code cycleId} is null) whose issue is
     * assigned to the current user, each in its objective's context; read like the progress gadget,
     * in a fixed number of statements.
     */
    public MyKeyResultsView mine(String cycleId) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = views.cycleOrCurrent(Validator.optionalId(messages, "cycleId", cycleId), now);
        Optional<String> me = currentUser.userKey();
        if (cycle.isEmpty()) {
            return new MyKeyResultsView(null, List.of());
        }
        List<MyKeyResultsView.Item> mine = new ArrayList<>();
        if (me.isPresent()) {
            for (ObjectiveView objective : views.objectivesOf(cycle.get(), now)) {
                for (KeyResultView kr : objective.keyResults()) {
                    if (me.get().equals(kr.ownerKey())) {
                        mine.add(new MyKeyResultsView.Item(objective.issueKey(), objective.summary(), kr));
                    }
                }
            }
        }
        return new MyKeyResultsView(OkrViews.cycleView(cycle.get(), now), mine);
    }


    public KeyResultView linkEpic(String keyResultKey, LinkRequest request) {
        String epicKey = views.linkedIssueKey(request);
        IssueDetails kr = keyResultIssue(keyResultKey);
        IssueDetails epic = epicIssue(epicKey);
        views.requireMayLink(epic.id(), epic.key());
        if (links.exists(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES)) {
            throw new ConflictException("issueKey", messages.text("emerald.error.link.exists", epic.key(), kr.key()));
        }
        links.link(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES);
        return keyResultView(kr);
    }

    /** Removes a contribution link; the source need not be an epic any more (its type may have changed since). */
    public KeyResultView unlinkEpic(String keyResultKey, String epicKey) {
        IssueDetails kr = keyResultIssue(keyResultKey);
        IssueDetails epic = views.visibleDetails("issueKey", epicKey);
        views.requireMayLink(epic.id(), epic.key());
        if (!links.unlink(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES)) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.link.missing", epic.key(), kr.key()));
        }
        return keyResultView(kr);
    }

    /** A closed cycle's scores are final: nothing that moves them is accepted any more. */
    private void requireOpenCycle(KeyResultRecord kr, IssueSummary issue, String messageKey) {
        Optional<Cycle> cycle = store.findCycle(kr.cycleId());
        if (cycle.isPresent() && cycle.get().state() == CycleState.CLOSED) {
            throw new ConflictException("issueKey", messages.text(messageKey, issue.key(), cycle.get().name()));
        }
    }

    /** A reading before the cycle starts belongs to no cycle's progress: it is refused, naming the date field. */
    private void requireNotBeforeCycle(KeyResultRecord kr, Instant at) {
        Optional<Cycle> cycle = store.findCycle(kr.cycleId());
        if (cycle.isPresent() && at.isBefore(cycle.get().startsAt())) {
            throw new ValidationException(List.of(new FieldError("at", messages.text("emerald.error.checkin.before.cycle",
                    cycle.get().name(), cycle.get().start().toString()))));
        }
    }

    private KeyResultRecord registered(IssueSummary issue) {
        return store.findKeyResult(issue.id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.key())));
    }

    private KeyResultView keyResultView(IssueDetails kr) {
        return views.keyResultOf(store.findKeyResult(kr.id()).orElseThrow(), kr.key(), clock.instant());
    }

    /**
     * A registered key result the user may see together with its objective; checked before anything
     * is written, so a change never succeeds behind an error about the answer.
     */
    private IssueDetails keyResultIssue(String issueKey) {
        IssueDetails kr = views.visibleDetails("keyResultKey", issueKey);
        KeyResultRecord record = store.findKeyResult(kr.id()).orElseThrow(() -> new NotFoundException("keyResultKey",
                messages.text("emerald.error.keyresult.not.found", kr.key())));
        if (issues.findVisibleByIds(List.of(record.objectiveIssueId())).isEmpty()) {
            throw new NotFoundException("keyResultKey", messages.text("emerald.error.issue.not.found", issueKey));
        }
        return kr;
    }

    private IssueDetails epicIssue(String issueKey) {
        IssueDetails epic = views.visibleDetails("issueKey", issueKey);
        if (epic.role() != IssueRole.EPIC) {
            throw new ValidationException(List.of(new FieldError("issueKey",
                    messages.text("emerald.error.issue.not.epic", epic.key()))));
        }
        return epic;
    }
}
