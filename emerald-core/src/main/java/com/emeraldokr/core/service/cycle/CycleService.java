package com.emeraldokr.core.service.cycle;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.CloseCycle;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.UpdateCycle;
import com.emeraldokr.api.view.CycleProposalView;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.core.domain.Assessment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleCalendar;
import com.emeraldokr.core.domain.CycleLength;
import com.emeraldokr.core.domain.CycleSpan;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.ObjectiveAssessment;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.FinalScoreRecord;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OKR cycles and their lifecycle: planning → active → closed. Cycles are the organisation's
 * calendar, so only administrators change them. At most one cycle of each length (month, quarter,
 * half year, year, or a custom number of days) is active at a time; closing a cycle freezes every
 * objective's and key result's score, and an administrator may override an objective's final score
 * with a reason.
 */
@Named
public class CycleService {

    private final OkrStore store;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Messages messages;
    private final Clock clock;
    private final OkrViews views;

    @Inject
    public CycleService(OkrStore store, IssueDirectory issues, IssueLinks links, EpicWork work, CurrentUser currentUser,
                        Permissions permissions, Messages messages, Clock clock, SettingsStore settings) {
        this.store = store;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
        this.views = new OkrViews(store, issues, messages, links, work, settings);
    }

    public CycleView createCycle(NewCycle request) {
        requireAdministrator();
        Validator v = new Validator(messages);
        v.requireBody(request);
        CycleValidator.CycleFields c = CycleValidator.fields(v, "", request.name(), request.start(), request.end(),
                request.timeZone(), request.state(), views.settings().timeZone(), CycleState.PLANNING);
        v.throwIfInvalid();
        if (c.state() == CycleState.ACTIVE) {
            // the same rule as activating: one active cycle per length (0 is no stored cycle's id)
            Cycle candidate = new Cycle(0, c.name(), c.start(), c.end(), c.zone(), CycleState.ACTIVE);
            Optional<Cycle> rival = CycleLength.activeRival(candidate, store.listCycles());
            if (rival.isPresent()) {
                throw new ConflictException("state", messages.text("emerald.error.cycle.active.rival",
                        rival.get().name(), lengthName(CycleLength.of(candidate)), c.name()));
            }
        }
        return OkrViews.cycleView(store.createCycle(c.name(), c.start(), c.end(), c.zone(), c.state()), clock.instant());
    }

    /**
     * The fiscal quarter a new cycle would most likely cover: the one after the latest cycle's end, or the one
     * containing today when every cycle has ended; in the settings' fiscal calendar and time zone.
     */
    public CycleProposalView nextQuarter() {
        requireAdministrator();
        OkrSettings s = views.settings();
        CycleCalendar calendar = s.calendar();
        LocalDate today = LocalDate.ofInstant(clock.instant(), s.timeZone());
        LocalDate from = store.listCycles().stream().map(c -> c.end().plusDays(1)).max(Comparator.naturalOrder())
                .filter(afterLatest -> afterLatest.isAfter(today)).orElse(today);
        CycleSpan quarter = calendar.quarterContaining(from);
        // the offset UTC ("Z") is proposed under the name people type and the form shows
        String zone = quarter.zone().equals(ZoneOffset.UTC) ? "UTC" : quarter.zone().getId();
        return new CycleProposalView(quarter.name(), quarter.start().toString(), quarter.end().toString(), zone);
    }

    public List<CycleView> cycles() {
        Instant now = clock.instant();
        return store.listCycles().stream().map(c -> OkrViews.cycleView(c, now)).toList();
    }

    public CycleView cycle(long cycleId) {
        return OkrViews.cycleView(existing(cycleId), clock.instant());
    }

    /**
     * Renames or re-dates a cycle; a field the request leaves out keeps its value. A closed cycle's
     * dates are final (its scores were frozen for them); an active cycle may not be re-dated into the
     * length of another active cycle.
     */
    public CycleView updateCycle(long cycleId, UpdateCycle request) {
        requireAdministrator();
        Validator v = new Validator(messages);
        v.requireBody(request);
        Cycle current = existing(cycleId);
        CycleValidator.CycleFields f = CycleValidator.update(v, current, request.name(), request.start(), request.end(),
                request.timeZone());
        v.throwIfInvalid();
        Cycle next = new Cycle(current.id(), f.name(), f.start(), f.end(), f.zone(), current.state());
        boolean redated = !next.start().equals(current.start()) || !next.end().equals(current.end())
                || !next.zone().equals(current.zone());
        if (redated && current.state() == CycleState.CLOSED) {
            throw new ConflictException("cycleId", messages.text("emerald.error.cycle.closed.dates", current.name()));
        }
        if (redated && current.state() == CycleState.ACTIVE) {
            Optional<Cycle> rival = CycleLength.activeRival(next, store.listCycles());
            if (rival.isPresent()) {
                throw new ConflictException("cycleId", messages.text("emerald.error.cycle.active.rival.redate",
                        current.name(), rival.get().name(), lengthName(CycleLength.of(next))));
            }
        }
        return OkrViews.cycleView(store.updateCycle(next), clock.instant());
    }

    /** Makes a planned cycle the active one of its length; activating an active cycle changes nothing. */
    public CycleView activate(long cycleId) {
        requireAdministrator();
        Cycle cycle = existing(cycleId);
        if (cycle.state() == CycleState.ACTIVE) {
            return OkrViews.cycleView(cycle, clock.instant());
        }
        if (cycle.state() == CycleState.CLOSED) {
            throw new ConflictException("cycleId", messages.text("emerald.error.cycle.closed.activate", cycle.name()));
        }
        Optional<Cycle> rival = CycleLength.activeRival(cycle, store.listCycles());
        if (rival.isPresent()) {
            throw new ConflictException("cycleId", messages.text("emerald.error.cycle.active.rival",
                    rival.get().name(), lengthName(CycleLength.of(cycle)), cycle.name()));
        }
        Cycle active = new Cycle(cycle.id(), cycle.name(), cycle.start(), cycle.end(), cycle.zone(), CycleState.ACTIVE);
        return OkrViews.cycleView(store.updateCycle(active), clock.instant());
    }

    /**
     * Closes the cycle: the scores the formulas give now become every objective's and key result's
     * final score, in one transaction, except for objectives the request overrides (each with a reason).
     */
    public CycleView close(long cycleId, CloseCycle request) {
        requireAdministrator();
        List<CloseCycle.Override> overrides = request == null || request.overrides() == null ? List.of() : request.overrides();
        Validator v = new Validator(messages);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < overrides.size(); i++) {
            String p = "overrides[" + i + "].";
            CloseCycle.Override o = overrides.get(i);
            if (o == null) {
                v.reject("overrides[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "objectiveKey", o.objectiveKey())) {
                v.maxLength(p + "objectiveKey", o.objectiveKey(), Validator.MAX_ISSUE_KEY_LENGTH);
                if (!seen.add(OkrViews.normaliseKey(o.objectiveKey()))) {
                    v.reject(p + "objectiveKey", "emerald.error.issue.duplicate", o.objectiveKey());
                }
            }
            CycleValidator.finalScore(v, p, "score", o.score(), "reason", o.reason(), true);
        }
        v.throwIfInvalid();
        Cycle cycle = existing(cycleId);
        if (cycle.state() == CycleState.CLOSED) {
            throw alreadyClosed(cycle);
        }
        Map<Long, ObjectiveRecord> objectives = new HashMap<>();
        store.findObjectivesInCycle(cycle.id()).forEach(o -> objectives.put(o.issueId(), o));
        Map<Long, CloseCycle.Override> overridden = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            String field = "overrides[" + i + "].objectiveKey";
            IssueSummary issue = views.visibleIssue(field, overrides.get(i).objectiveKey());
            if (!objectives.containsKey(issue.id())) {
                v.reject(field, "emerald.error.cycle.override.not.in.cycle", issue.key(), cycle.name());
            }
            overridden.put(issue.id(), overrides.get(i));
        }
        v.throwIfInvalid();

        Instant now = clock.instant();
        List<FinalScoreRecord> scores = new ArrayList<>();
        for (Map.Entry<Long, ObjectiveAssessment> e : views.assessCycle(cycle, now).entrySet()) {
            BigDecimal computed = e.getValue().overall().score().value();
            CloseCycle.Override o = overridden.get(e.getKey());
            scores.add(o == null ? new FinalScoreRecord(e.getKey(), cycle.id(), true, computed, computed, null)
                    : new FinalScoreRecord(e.getKey(), cycle.id(), true, o.score(), computed, o.reason().strip()));
            for (Map.Entry<Long, Assessment> kr : e.getValue().keyResults().entrySet()) {
                BigDecimal score = kr.getValue().score().value();
                scores.add(new FinalScoreRecord(kr.getKey(), cycle.id(), false, score, score, null));
            }
        }
        boolean closed;
        try {
            closed = store.closeCycle(cycle.id(), scores, currentUser.userKey().orElse(null));
        } catch (RuntimeException e) {
            // a close racing this one froze the scores first: the unique issue ids refused ours
            if (existing(cycleId).state() == CycleState.CLOSED) {
                ConflictException conflict = alreadyClosed(cycle);
                conflict.addSuppressed(e);
                throw conflict;
            }
            throw e;
        }
        if (!closed) {
            throw alreadyClosed(cycle);
        }
        return OkrViews.cycleView(existing(cycleId), clock.instant());
    }

    /** Deletes a cycle that holds no objectives, archived ones included. */
    public void delete(long cycleId) {
        requireAdministrator();
        Cycle cycle = existing(cycleId);
        int objectives = store.countObjectivesInCycle(cycle.id());
        if (objectives > 0 || !store.deleteCycle(cycle.id())) {
            throw new ConflictException("cycleId", messages.text("emerald.error.cycle.not.empty", cycle.name(),
                    Math.max(objectives, store.countObjectivesInCycle(cycle.id()))));
        }
    }

    private ConflictException alreadyClosed(Cycle cycle) {
        return new ConflictException("cycleId", messages.text("emerald.error.cycle.closed.already", cycle.name()));
    }

    private Cycle existing(long cycleId) {
        return store.findCycle(cycleId).orElseThrow(() -> new NotFoundException("cycleId",
                messages.text("emerald.error.cycle.not.found", cycleId)));
    }

    private String lengthName(CycleLength length) {
        return messages.text("emerald.cycle.length." + length.kind().name(), length.days());
    }

    private void requireAdministrator() {
        if (!permissions.isAdministrator()) {
            throw new ForbiddenException("cycleId", messages.text("emerald.error.cycle.permission"));
        }
    }
}
