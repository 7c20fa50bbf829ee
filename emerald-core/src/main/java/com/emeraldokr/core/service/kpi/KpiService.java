package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.request.NewMeasurement;
import com.emeraldokr.api.view.KpiViews.KpiHealthPage;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.KpiViews.MeasurementView;
import com.emeraldokr.api.view.KpiViews.PeriodHealthView;
import com.emeraldokr.api.view.KpiViews.PurgeView;
import com.emeraldokr.api.view.KpiViews.RecoveryView;
import com.emeraldokr.api.view.KpiViews.TrendView;
import com.emeraldokr.core.domain.CycleCalendar;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.KpiAssessor;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiTrend;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.domain.kpi.PeriodHealth;
import com.emeraldokr.core.domain.loop.ProposalText;
import com.emeraldokr.core.domain.loop.RecoveryProposal;
import com.emeraldokr.core.domain.loop.RecoveryRule;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.port.ProposalStore;
import com.emeraldokr.core.port.StoredMeasurement;
import com.emeraldokr.core.service.PageWindow;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** KPI definitions and measurements, with health, trend and the recovery OKR a failing KPI proposes. */
@Named
public class KpiService {

    /** Periods of history shown with a KPI and used for its trend. */
    static final int HISTORY_PERIODS = 12;
    static final int MAX_MEASUREMENTS = 520;

    /** The measurement source of values people record, next to the collection's {@link KpiCollector#SOURCE}. */
    public static final String MANUAL_SOURCE = "MANUAL";

    private final KpiStore store;
    private final ProposalStore proposals;
    private final IssueDirectory issues;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final Permissions permissions;
    private final KpiSourceReader sources;
    private final KpiCollector collector;
    private final KpiValidator validator;
    private final KpiAssessor assessor = KpiAssessor.withDefaults();
    private final RecoveryRule recoveryRule = RecoveryRule.withDefaults();
    private final SettingsStore settings;

    @Inject
    public KpiService(KpiStore store, CurrentUser currentUser, Messages messages, Clock clock, Permissions permissions,
                      KpiSourceReader sources, SettingsStore settings, ProposalStore proposals,
                      IssueDirectory issues) {
        this.settings = settings;
        this.store = store;
        this.issues = issues;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.permissions = permissions;
        this.sources = sources;
        this.collector = new KpiCollector(store, sources, clock);
        this.validator = new KpiValidator(sources);
    }

    /** Collects a JQL-fed KPI's current value now, for whoever may edit the KPI. */
    public MeasurementView collect(long kpiId) {
        KpiRecord kpi = existing(kpiId);
        requireMayEdit(kpi.draft().projectKey());
        if (kpi.draft().source() == null) {
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.no.source", kpi.draft().definition().name()));
        }
        if (kpi.archived()) {
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.archived", kpi.draft().definition().name()));
        }
        Optional<StoredMeasurement> stored;
        try {
            stored = collector.collect(kpi);
        } catch (KpiOwnerUnavailableException e) {
            throw new ConflictException("ownerKey", messages.text("emerald.error.kpi.owner.unavailable",
                    kpi.draft().definition().name(), e.ownerKey() == null ? "" : e.ownerKey()));
        } catch (IllegalStateException e) {
            throw new ConflictException("source.jql", messages.text("emerald.error.kpi.collect.failed", e.getMessage()));
        }
        Period period = kpi.draft().definition().cadence().periodOf(today());
        return stored.map(KpiService::measurementView)
                .orElseGet(() -> new MeasurementView(period.key(), null, clock.instant().toString(), KpiCollector.SOURCE,
                        messages.text("emerald.kpi.collect.nothing"), false));
    }

    public KpiView create(NewKpi request) {
        KpiDraft draft = validate(request, false);
        requireMayEdit(draft.projectKey());
        return view(store.create(draft));
    }

    /** Checks a KPI could be created, and by this user, without creating it. */
    void checkCreate(NewKpi request) {
        requireMayEdit(validate(request, false).projectKey());
    }

    public KpiView update(long kpiId, NewKpi request) {
        KpiDraft draft = validate(request, true);
        KpiRecord existing = existing(kpiId);
        // moving a KPI between projects needs the right on both sides
        requireMayEdit(existing.draft().projectKey());
        requireMayEdit(draft.projectKey());
        KpiDraft kept = new KpiDraft(draft.definition(), draft.description(), existing.draft().ownerKey(), draft.projectKey(),
                draft.source());
        return view(inOtherWords(() -> store.update(kpiId, request.version(), kept, user())));
    }

    /**
     * Makes the current user the KPI's owner, its definition unchanged: a JQL-fed KPI's query then runs as them. For
     * when the owner left, was deactivated or lost access to the project; whoever may edit the KPI may take it over.
     */
    public KpiView takeOwnership(long kpiId, Integer version) {
        requireVersion(version);
        KpiRecord existing = existing(kpiId);
        requireMayEdit(existing.draft().projectKey());
        KpiDraft d = existing.draft();
        KpiDraft owned = new KpiDraft(d.definition(), d.description(), user(), d.projectKey(), d.source());
        return view(inOtherWords(() -> store.update(kpiId, version, owned, user())));
    }

    public KpiView archive(long kpiId, Integer version) {
        requireVersion(version);
        requireMayEdit(existing(kpiId).draft().projectKey());
        return view(inOtherWords(() -> store.archive(kpiId, version, user())));
    }

    public KpiView get(long kpiId) {
        return view(existing(kpiId));
    }

    /** KPIs, optionally of one project and one category, with their current health in one read. */
    public List<KpiView> list(String projectKey, String category, boolean includeArchived) {
        List<KpiRecord> kpis = visible(projectKey, category, includeArchived);
        return views(kpis);
    }

    /** One page of the KPIs {@link #list} finds, by name, with how many there are in all: the KPI health gadget's read. */
    public KpiHealthPage healthPage(String projectKey, String category, PageWindow window) {
        List<KpiRecord> kpis = visible(projectKey, category, false);
        return new KpiHealthPage(views(window.of(kpis)), kpis.size(), window.start());
    }

    private List<KpiRecord> visible(String projectKey, String category, boolean includeArchived) {
        KpiCategory wanted = null;
        if (category != null && !category.isBlank()) {
            Validator v = new Validator(messages);
            wanted = v.enumValue("category", category, KpiCategory.class);
            v.throwIfInvalid();
        }
        KpiCategory filter = wanted;
        Map<String, Boolean> browsable = new HashMap<>();
        return store.list(KpiValidator.projectKey(projectKey), includeArchived).stream()
                .filter(k -> filter == null || k.draft().definition().category() == filter)
                .filter(k -> k.draft().projectKey() == null
                        || browsable.computeIfAbsent(k.draft().projectKey(), permissions::browsesProject))
                .toList();
    }

    /** The KPIs' views, reading only the periods they show: one measurement read for all of them. */
    private List<KpiView> views(List<KpiRecord> kpis) {
        if (kpis.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        LocalDate from = kpis.stream().map(k -> shownFrom(k.draft().definition().cadence(), today))
                .min(Comparator.naturalOrder()).orElseThrow();
        var measurements = store.measurements(kpis.stream().map(KpiRecord::id).toList(), from);
        Map<Long, RecoveryProposal> recoveries = new HashMap<>();
        for (KpiRecord k : kpis) {
            recovery(k, measurements.get(k.id()), today).ifPresent(r -> recoveries.put(k.id(), r));
        }
        Map<String, ProposalDecision> decisions = recoveries.isEmpty() ? Map.of() : proposals.find(recoveries.entrySet()
                .stream().map(e -> ProposalDecision.recoveryKey(e.getKey(), e.getValue().cycle().start())).toList());
        Map<Long, String> created = createdKeys(decisions.values());
        return kpis.stream().map(k -> view(k, measurements.get(k.id()), today, recoveries.get(k.id()), decisions, created))
                .toList();
    }

    /**
     * The first day of the oldest period a KPI view uses: the history and trend cover {@value #HISTORY_PERIODS}
     * periods up to the current one, or up to the previous one while the current has no value yet.
     */
    static LocalDate shownFrom(Cadence cadence, LocalDate today) {
        Period oldest = cadence.periodOf(today);
        for (int i = 0; i < HISTORY_PERIODS; i++) {
            oldest = oldest.previous();
        }
        return oldest.start();
    }

    public MeasurementView record(long kpiId, String periodKey, NewMeasurement request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        KpiRecord kpi = existing(kpiId);
        requireMayRecord(kpi);
        Period period = KpiValidator.period(v, "period", periodKey, kpi.draft().definition().cadence());
        LocalDate today = today();
        if (period != null && period.start().isAfter(today)) {
            // a value of a period that has not begun would be stored and never shown
            v.reject("period", "emerald.error.kpi.period.future", period.key());
        }
        v.decimal("value", request.value());
        v.maxLength("note", request.note(), Validator.MAX_NOTE_LENGTH);
        v.throwIfInvalid();
        if (kpi.archived()) {
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.archived", kpi.draft().definition().name()));
        }
        KpiMeasurement measurement = new KpiMeasurement(period, request.value());
        var now = clock.instant();
        String note = request.note() == null ? "" : request.note().strip();
        boolean created = store.record(kpiId, measurement, now, MANUAL_SOURCE, note, user());
        return store.measurements(kpiId, period.start()).stream().filter(m -> m.measurement().period().equals(period))
                .findFirst().map(m -> withCreated(measurementView(m), created))
                .orElseGet(() -> new MeasurementView(period.key(), request.value(), now.toString(), MANUAL_SOURCE, note, created,
                        now.toString(), user(), user()));
    }

    /**
     * Deletes a period's value, for whoever may record it. The row stays with who deleted it and when
     * (reads leave it out); recording the period again brings it back.
     */
    public void deleteMeasurement(long kpiId, String periodKey) {
        Validator v = new Validator(messages);
        KpiRecord kpi = existing(kpiId);
        requireMayRecord(kpi);
        Period period = KpiValidator.period(v, "period", periodKey, kpi.draft().definition().cadence());
        v.throwIfInvalid();
        if (kpi.archived()) {
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.archived", kpi.draft().definition().name()));
        }
        if (!store.delete(kpiId, period.key(), clock.instant(), user())) {
            throw new NotFoundException("period", messages.text("emerald.error.kpi.measurement.missing",
                    kpi.draft().definition().name(), period.key()));
        }
    }

    private static MeasurementView measurementView(StoredMeasurement m) {
        return new MeasurementView(m.measurement().period().key(), m.measurement().value(), m.recordedAt().toString(),
                m.source(), m.note(), false, m.createdAt().toString(), m.createdBy(), m.updatedBy());
    }

    private static MeasurementView withCreated(MeasurementView m, boolean created) {
        return new MeasurementView(m.period(), m.value(), m.recordedAt(), m.source(), m.note(), created, m.createdAt(),
                m.createdBy(), m.updatedBy());
    }

    public List<MeasurementView> measurements(long kpiId, int last) {
        if (last < 1 || last > MAX_MEASUREMENTS) {
            throw new ValidationException(List.of(new FieldError("last",
                    messages.text("emerald.error.kpi.last.range", 1, MAX_MEASUREMENTS))));
        }
        KpiRecord kpi = existing(kpiId);
        Period newest = kpi.draft().definition().cadence().periodOf(today());
        Period oldest = newest;
        for (int i = 1; i < last; i++) {
            oldest = oldest.previous();
        }
        return store.measurements(kpiId, oldest.start()).stream().map(KpiService::measurementView).toList();
    }

    /** Deletes an archived KPI and its history; the caller must repeat the KPI's name to confirm. */
    public PurgeView purge(long kpiId, String confirmName) {
        KpiRecord kpi = existing(kpiId);
        requireMayEdit(kpi.draft().projectKey());
        String name = kpi.draft().definition().name();
        if (!kpi.archived()) {
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.purge.not.archived", name));
        }
        int measured = store.countKeyResultsMeasuredBy(kpiId);
        if (measured > 0) {
            // their check-ins are this KPI's measurements: purging would empty them
            throw new ConflictException("kpiId", messages.text("emerald.error.kpi.purge.measured", name, measured));
        }
        if (confirmName == null || !confirmName.strip().equals(name)) {
            throw new ValidationException(List.of(new FieldError("confirm", messages.text("emerald.error.kpi.purge.confirm", name))));
        }
        return new PurgeView(kpiId, name, store.purge(kpiId));
    }

    /** The store's conflict, said in the user's language. */
    private KpiRecord inOtherWords(java.util.function.Supplier<KpiRecord> edit) {
        try {
            return edit.get();
        } catch (StaleVersionException e) {
            throw new StaleVersionException("version", messages.text("emerald.error.version.stale"));
        }
    }

    /** A KPI of a project the user may not browse is reported as absent, like an issue. */
    KpiRecord existing(long kpiId) {
        return store.find(kpiId)
                .filter(k -> k.draft().projectKey() == null || permissions.browsesProject(k.draft().projectKey()))
                .orElseThrow(() -> new NotFoundException("kpiId", messages.text("emerald.error.kpi.not.found", kpiId)));
    }

    /** Company-wide KPIs are the administrators'; a project's KPIs are its administrators' (and the administrators'). */
    /** A versioned change names the version it is based on. */
    private void requireVersion(Integer version) {
        if (version == null) {
            throw new ValidationException(List.of(new FieldError("version", messages.text("emerald.error.required"))));
        }
    }

    private void requireMayEdit(String projectKey) {
        if (permissions.isAdministrator()) {
            return;
        }
        if (projectKey == null) {
            throw new ForbiddenException("projectKey", messages.text("emerald.error.kpi.permission.global"));
        }
        if (!permissions.administersProject(projectKey)) {
            throw new ForbiddenException("projectKey", messages.text("emerald.error.kpi.permission.project", projectKey));
        }
    }

    /** Values are recorded by the KPI's owner or by whoever may edit the KPI. */
    private void requireMayRecord(KpiRecord kpi) {
        String owner = kpi.draft().ownerKey();
        if (owner != null && owner.equals(user())) {
            return;
        }
        requireMayEdit(kpi.draft().projectKey());
    }

    private String user() {
        return currentUser.userKey().orElse(null);
    }

    private KpiView view(KpiRecord kpi) {
        LocalDate today = today();
        List<KpiMeasurement> ms = recentMeasurements(kpi, today);
        Optional<RecoveryProposal> recovery = recovery(kpi, ms, today);
        Map<String, ProposalDecision> decisions = recovery.isEmpty() ? Map.of()
                : proposals.find(List.of(ProposalDecision.recoveryKey(kpi.id(), recovery.get().cycle().start())));
        return view(kpi, ms, today, recovery.orElse(null), decisions, createdKeys(decisions.values()));
    }

    /** The measurements a KPI's health, trend and proposals are judged on. */
    List<KpiMeasurement> recentMeasurements(KpiRecord kpi, LocalDate today) {
        return store.measurements(List.of(kpi.id()), shownFrom(kpi.draft().definition().cadence(), today)).get(kpi.id());
    }

    /** The recovery OKR a KPI proposes now: none for an archived KPI. */
    Optional<RecoveryProposal> recovery(KpiRecord kpi, List<KpiMeasurement> measurements, LocalDate today) {
        return kpi.archived() ? Optional.empty() : recoveryRule.propose(kpi.draft().definition(), measurements, today, settings.load().calendar());
    }

    private KpiView view(KpiRecord kpi, List<KpiMeasurement> measurements, LocalDate today, RecoveryProposal recovery,
                         Map<String, ProposalDecision> decisions, Map<Long, String> createdKeys) {
        KpiDefinition d = kpi.draft().definition();
        PeriodHealth current = KpiAssessor.current(d, measurements, today);
        List<PeriodHealthView> history = KpiAssessor.history(d, measurements, current.period(), HISTORY_PERIODS)
                .stream().map(KpiService::periodView).toList();
        KpiTrend trend = assessor.trend(d, measurements, current.period(), HISTORY_PERIODS);
        RecoveryView recoveryView = recovery == null ? null : recoveryView(kpi, recovery,
                decisions.get(ProposalDecision.recoveryKey(kpi.id(), recovery.cycle().start())), createdKeys);
        return new KpiView(kpi.id(), d.name(), kpi.draft().description(), d.unit(), d.direction().name(), d.target(),
                d.rangeLow(), d.rangeHigh(), d.thresholds().tolerance().name(), d.thresholds().amount(),
                d.thresholds().earlyWarningPeriods(), d.cadence().name(),
                d.category().name(), d.timing().name(), kpi.draft().projectKey(), kpi.draft().ownerKey(),
                d.targetDate() == null ? null : d.targetDate().toString(), kpi.archived(), kpi.version(),
                periodView(current), KpiAssessor.earlyWarning(d, measurements, current.period()),
                new TrendView(trend.direction().name(), trend.slopePerPeriod(), trend.periods()),
                history, recoveryView, kpi.draft().source() == null ? null : new NewKpi.Source(kpi.draft().source().jql(),
                        kpi.draft().source().aggregate().name(), kpi.draft().source().field()));
    }

    private static PeriodHealthView periodView(PeriodHealth p) {
        return new PeriodHealthView(p.period().key(), p.value().orElse(null), p.health().name());
    }

    RecoveryView recoveryView(KpiRecord kpi, RecoveryProposal p, ProposalDecision decision) {
        return recoveryView(kpi, p, decision, decision == null ? Map.of() : createdKeys(List.of(decision)));
    }

    private RecoveryView recoveryView(KpiRecord kpi, RecoveryProposal p, ProposalDecision decision, Map<Long, String> keys) {
        return new RecoveryView(text(p.objective()), text(p.keyResultSummary()), p.keyResult().kind().name(),
                p.keyResult().start(), p.keyResult().target(), p.keyResult().unit(), p.cycle().name(),
                p.cycle().start().toString(), p.cycle().end().toString(), LoopViews.decision(decision, keys),
                decision == null && mayCreateIssuesFor(kpi.draft().projectKey()));
    }

    /**
     * The keys of the issues accepted proposals created that the user may see, in one read however many
     * there are; none when no proposal created any.
     */
    private Map<Long, String> createdKeys(Collection<ProposalDecision> decisions) {
        List<Long> ids = decisions.stream().flatMap(d -> Stream.of(d.createdObjectiveIssueId(),
                d.createdKeyResultIssueId())).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> keys = new HashMap<>();
        issues.findVisibleByIds(ids).forEach((id, issue) -> keys.put(id, issue.key()));
        return keys;
    }

    /** Accepting a proposal creates issues: in the KPI's project, or for a company-wide KPI by an administrator. */
    boolean mayCreateIssuesFor(String projectKey) {
        return projectKey == null ? permissions.isAdministrator() : permissions.createsIssues(projectKey);
    }

    String text(ProposalText t) {
        return messages.text(t.key(), t.arguments().toArray());
    }

    private KpiDraft validate(NewKpi r, boolean editing) {
        Validator v = new Validator(messages);
        v.requireBody(r);
        if (editing) {
            v.required("version", r.version());
        }
        KpiValidator.Checked checked = validator.check(v, "", r);
        v.throwIfInvalid();
        return new KpiDraft(checked.definition(), r.description(), user(), checked.projectKey(), checked.source());
    }


    /** Today in the administrator's time zone: the day KPI periods and recovery cycles are counted from. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.load().timeZone()));
    }
}
