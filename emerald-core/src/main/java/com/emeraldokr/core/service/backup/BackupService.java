package com.emeraldokr.core.service.backup;

import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.BackupStore;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.service.Validator;
import com.emeraldokr.core.service.settings.SettingsValidator;
import com.emeraldokr.core.service.cycle.CycleValidator;
import com.emeraldokr.core.service.keyresult.CheckInValidator;
import com.emeraldokr.core.service.keyresult.KeyResultValidator;
import com.emeraldokr.core.service.kpi.KpiValidator;
import com.emeraldokr.core.service.kpi.LoopService;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports all Emerald data to one document and restores such a document into an empty instance.
 * A restore checks everything first (format, references, values, issues) and writes nothing unless
 * all of it is valid; then it writes in one transaction.
 */
@Named
public class BackupService {

    private final BackupStore store;
    private final KpiValidator kpiValidator;
    private final IssueDirectory issues;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public BackupService(BackupStore store, IssueDirectory issues, KpiSourceReader sources, Messages messages,
                         Clock clock) {
        this.store = store;
        this.kpiValidator = new KpiValidator(sources);
        this.issues = issues;
        this.messages = messages;
        this.clock = clock;
    }

    public BackupDocument export() {
        BackupDocument rows = store.readAll();
        Set<Long> ids = new HashSet<>();
        rows.objectives().forEach(o -> ids.add(Long.parseLong(o.issueKey())));
        rows.keyResults().forEach(k -> ids.add(Long.parseLong(k.issueKey())));
        rows.finalScores().forEach(f -> ids.add(Long.parseLong(f.issueKey())));
        Set<Long> proposalIssues = new HashSet<>();
        orEmpty(rows.proposals()).forEach(p -> Stream.of(p.keyResultIssueKey(), p.createdObjectiveIssueKey(),
                p.createdKeyResultIssueKey()).filter(Objects::nonNull).forEach(id -> proposalIssues.add(Long.parseLong(id))));
        Set<Long> asked = new HashSet<>(ids);
        asked.addAll(proposalIssues);
        Map<Long, IssueSummary> found = issues.findVisibleByIds(asked);
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("", messages.text("emerald.error.backup.issues.missing",
                    missing.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))));
        }
        Function<String, String> key = id -> found.get(Long.parseLong(id)).key();
        // a decision names issues that may have left Emerald (or Jira) since; the decision stays, without them
        Function<String, String> keyIfAny = id -> id == null || !found.containsKey(Long.parseLong(id)) ? null
                : found.get(Long.parseLong(id)).key();
        return new BackupDocument(BackupDocument.FORMAT, store.modelVersion(), clock.instant().toString(),
                rows.cycles(),
                rows.objectives().stream().map(o -> new BackupDocument.Objective(key.apply(o.issueKey()), o.cycleId(),
                        o.commitment(), o.archived())).toList(),
                rows.keyResults().stream().map(k -> new BackupDocument.KeyResult(key.apply(k.issueKey()),
                        key.apply(k.objectiveIssueKey()), k.kind(), k.start(), k.target(), k.upper(), k.unit(), k.weight(),
                        k.version(), k.kpiId())).toList(),
                rows.checkIns().stream().map(c -> new BackupDocument.CheckIn(key.apply(c.keyResultIssueKey()), c.at(),
                        c.value(), c.confidence(), c.note(), c.author())).toList(),
                rows.kpis(), rows.measurements(),
                rows.finalScores().stream().map(f -> new BackupDocument.FinalScore(key.apply(f.issueKey()), f.score(),
                        f.computedScore(), f.overrideReason(), f.frozenAt(), f.author())).toList(),
                rows.settings(),
                orEmpty(rows.proposals()).stream().map(p -> new BackupDocument.Proposal(p.kind(), p.kpiId(), p.cycleStart(),
                        keyIfAny.apply(p.keyResultIssueKey()), p.state(), p.decidedBy(), p.decidedAt(), p.reason(),
                        keyIfAny.apply(p.createdObjectiveIssueKey()), keyIfAny.apply(p.createdKeyResultIssueKey()),
                        p.createdKpiId())).toList());
    }

    public BackupDocument.RestoreSummary restore(BackupDocument doc) {
        Validator v = new Validator(messages);
        v.requireBody(doc);
        if (!BackupDocument.FORMAT.equals(doc.format())) {
            v.reject("format", "emerald.error.backup.format", BackupDocument.FORMAT);
            v.throwIfInvalid();
        }
        if (doc.modelVersion() == null || doc.modelVersion() < 1 || doc.modelVersion() > store.modelVersion()) {
            v.reject("modelVersion", "emerald.error.backup.model", store.modelVersion());
        }
        BackupDocument d = withEmptyListsForNull(doc);
        Set<Long> cycleIds = checkCycles(v, d.cycles());
        Set<String> objectiveKeys = checkObjectives(v, d.objectives(), cycleIds);
        Set<String> keyResultKeys = checkKeyResults(v, d.keyResults(), objectiveKeys);
        checkCheckIns(v, d.checkIns(), keyResultKeys);
        checkFinalScores(v, d);
        Map<Long, Cadence> kpiCadences = checkKpis(v, d.kpis());
        checkMeasurements(v, d.measurements(), kpiCadences);
        // the settings as the settings page would store them: checked by the same rules, written in the same transaction
        OkrSettings settings = d.settings() == null ? null
                : SettingsValidator.settings(v, "settings.", d.settings(), OkrSettings.DEFAULTS);
        checkKpiReferences(v, d, kpiCadences.keySet(), keyResultKeys);
        v.throwIfInvalid();
        if (settings != null) {
            d = withSettings(d, SettingsValidator.document(settings));
        }

        Map<String, Long> issueIds = new HashMap<>();
        Map<Long, String> keyOfIssue = new HashMap<>();
        for (String issueKey : union(objectiveKeys, keyResultKeys)) {
            Optional<IssueSummary> issue = issues.findVisibleByKey(issueKey);
            if (issue.isEmpty()) {
                v.reject("issues", "emerald.error.issue.not.found", issueKey);
            } else {
                issueIds.put(issueKey, issue.get().id());
                // two keys of one issue (an issue moved to another project keeps answering to its old key)
                String other = keyOfIssue.putIfAbsent(issue.get().id(), issueKey);
                if (other != null) {
                    v.reject(entryOf(d, issueKey), "emerald.error.backup.same.issue", issueKey, other);
                }
            }
        }
        v.throwIfInvalid();
        if (!store.isEmpty()) {
            throw new ConflictException("", messages.text("emerald.error.backup.not.empty"));
        }
        return store.writeAll(d, issueIds);
    }

    /** The field of the entry that registers the issue key: the last key result naming it, else the last objective. */
    private static String entryOf(BackupDocument d, String issueKey) {
        for (int i = d.keyResults().size() - 1; i >= 0; i--) {
            if (d.keyResults().get(i) != null && issueKey.equals(d.keyResults().get(i).issueKey())) {
                return "keyResults[" + i + "].issueKey";
            }
        }
        for (int i = d.objectives().size() - 1; i >= 0; i--) {
            if (d.objectives().get(i) != null && issueKey.equals(d.objectives().get(i).issueKey())) {
                return "objectives[" + i + "].issueKey";
            }
        }
        return "issues";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static BackupDocument withEmptyListsForNull(BackupDocument d) {
        return new BackupDocument(d.format(), d.modelVersion(), d.exportedAt(), orEmpty(d.cycles()), orEmpty(d.objectives()),
                orEmpty(d.keyResults()), orEmpty(d.checkIns()), orEmpty(d.kpis()), orEmpty(d.measurements()),
                orEmpty(d.finalScores()), d.settings(), orEmpty(d.proposals()));
    }

    private static BackupDocument withSettings(BackupDocument d, OkrSettingsDocument settings) {
        return new BackupDocument(d.format(), d.modelVersion(), d.exportedAt(), d.cycles(), d.objectives(), d.keyResults(),
                d.checkIns(), d.kpis(), d.measurements(), d.finalScores(), settings, d.proposals());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Set<Long> checkCycles(Validator v, List<BackupDocument.Cycle> cycles) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < cycles.size(); i++) {
            String p = "cycles[" + i + "].";
            BackupDocument.Cycle c = cycles.get(i);
            if (c == null) {
                v.reject("cycles[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "id", c.id()) && !ids.add(c.id())) {
                v.reject(p + "id", "emerald.error.backup.duplicate", c.id());
            }
            CycleValidator.fields(v, p, c.name(), c.start(), c.end(), c.timeZone(), c.state(), null, null);
        }
        return ids;
    }

    private Set<String> checkObjectives(Validator v, List<BackupDocument.Objective> objectives, Set<Long> cycleIds) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < objectives.size(); i++) {
            String p = "objectives[" + i + "].";
            BackupDocument.Objective o = objectives.get(i);
            if (o == null) {
                v.reject("objectives[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "issueKey", o.issueKey()) && !keys.add(o.issueKey())) {
                v.reject(p + "issueKey", "emerald.error.issue.duplicate", o.issueKey());
            }
            if (v.required(p + "cycleId", o.cycleId()) && !cycleIds.contains(o.cycleId())) {
                v.reject(p + "cycleId", "emerald.error.backup.reference", o.cycleId());
            }
            v.requiredEnum(p + "commitment", o.commitment(), Commitment.class);
        }
        return keys;
    }

    private Set<String> checkKeyResults(Validator v, List<BackupDocument.KeyResult> keyResults, Set<String> objectiveKeys) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < keyResults.size(); i++) {
            String p = "keyResults[" + i + "].";
            BackupDocument.KeyResult k = keyResults.get(i);
            if (k == null) {
                v.reject("keyResults[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "issueKey", k.issueKey()) && (!keys.add(k.issueKey()) || objectiveKeys.contains(k.issueKey()))) {
                v.reject(p + "issueKey", "emerald.error.issue.duplicate", k.issueKey());
            }
            if (v.required(p + "objectiveIssueKey", k.objectiveIssueKey()) && !objectiveKeys.contains(k.objectiveIssueKey())) {
                v.reject(p + "objectiveIssueKey", "emerald.error.backup.reference", k.objectiveIssueKey());
            }
            // numbers travel as text in the document; once read, the same rules as the API apply
            BigDecimal start = v.decimalText(p + "start", k.start(), true);
            BigDecimal target = v.decimalText(p + "target", k.target(), true);
            BigDecimal upper = v.decimalText(p + "upper", k.upper(), false);
            BigDecimal weight = v.decimalText(p + "weight", k.weight(), true);
            boolean numbersRead = start != null && target != null && weight != null && (k.upper() == null || upper != null);
            if (numbersRead) {
                KeyResultValidator.target(v, p, k.kind(), start, target, upper, k.unit(), weight);
            }
        }
        return keys;
    }

    private void checkCheckIns(Validator v, List<BackupDocument.CheckIn> checkIns, Set<String> keyResultKeys) {
        for (int i = 0; i < checkIns.size(); i++) {
            String p = "checkIns[" + i + "].";
            BackupDocument.CheckIn c = checkIns.get(i);
            if (c == null) {
                v.reject("checkIns[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "keyResultIssueKey", c.keyResultIssueKey()) && !keyResultKeys.contains(c.keyResultIssueKey())) {
                v.reject(p + "keyResultIssueKey", "emerald.error.backup.reference", c.keyResultIssueKey());
            }
            v.instant(p + "at", c.at(), true);
            v.decimalText(p + "value", c.value(), true);
            CheckInValidator.confidenceAndNote(v, p, c.confidence(), c.note());
            v.maxLength(p + "author", c.author(), Validator.MAX_NAME_LENGTH);
        }
    }

    /**
     * Final scores obey the rules of closing a cycle: a score from 0 to 1, an override reason that is not
     * blank and only on an objective, one score per issue, and only in a cycle that is closed.
     */
    private void checkFinalScores(Validator v, BackupDocument d) {
        Map<Long, String> cycleStates = new HashMap<>();
        d.cycles().stream().filter(c -> c != null && c.id() != null)
                .forEach(c -> cycleStates.put(c.id(), c.state() == null ? "" : c.state().strip().toUpperCase(Locale.ROOT)));
        Map<String, Long> cycleOfObjective = new HashMap<>();
        d.objectives().stream().filter(o -> o != null && o.issueKey() != null && o.cycleId() != null)
                .forEach(o -> cycleOfObjective.put(o.issueKey(), o.cycleId()));
        Map<String, Long> cycleOfKeyResult = new HashMap<>();
        d.keyResults().stream().filter(k -> k != null && k.issueKey() != null && cycleOfObjective.containsKey(k.objectiveIssueKey()))
                .forEach(k -> cycleOfKeyResult.put(k.issueKey(), cycleOfObjective.get(k.objectiveIssueKey())));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.finalScores().size(); i++) {
            String p = "finalScores[" + i + "].";
            BackupDocument.FinalScore f = d.finalScores().get(i);
            if (f == null) {
                v.reject("finalScores[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "issueKey", f.issueKey())) {
                boolean objective = cycleOfObjective.containsKey(f.issueKey());
                Long cycle = objective ? cycleOfObjective.get(f.issueKey()) : cycleOfKeyResult.get(f.issueKey());
                if (!seen.add(f.issueKey())) {
                    v.reject(p + "issueKey", "emerald.error.backup.duplicate", f.issueKey());
                } else if (cycle == null) {
                    v.reject(p + "issueKey", "emerald.error.backup.reference", f.issueKey());
                } else if (!CycleState.CLOSED.name().equals(cycleStates.get(cycle))) {
                    v.reject(p + "issueKey", "emerald.error.backup.finalscore.open", f.issueKey());
                }
                if (!objective && f.overrideReason() != null) {
                    v.reject(p + "overrideReason", "emerald.error.backup.finalscore.override.keyresult", f.issueKey());
                }
            }
            // numbers travel as text in the document; once read, the same rules as closing a cycle apply
            BigDecimal score = v.decimalText(p + "score", f.score(), true);
            if (score != null) {
                CycleValidator.finalScore(v, p, "score", score, "overrideReason", f.overrideReason(), false);
            }
            BigDecimal computed = v.decimalText(p + "computedScore", f.computedScore(), true);
            if (computed != null) {
                CycleValidator.finalScore(v, p, "computedScore", computed, "overrideReason", null, false);
            }
            v.instant(p + "frozenAt", f.frozenAt(), true);
            v.maxLength(p + "author", f.author(), Validator.MAX_NAME_LENGTH);
        }
    }

    private Map<Long, Cadence> checkKpis(Validator v, List<BackupDocument.Kpi> kpis) {
        Map<Long, Cadence> cadences = new HashMap<>();
        for (int i = 0; i < kpis.size(); i++) {
            String p = "kpis[" + i + "].";
            BackupDocument.Kpi k = kpis.get(i);
            if (k == null) {
                v.reject("kpis[" + i + "]", "emerald.error.required");
                continue;
            }
            if (v.required(p + "id", k.id()) && cadences.containsKey(k.id())) {
                v.reject(p + "id", "emerald.error.backup.duplicate", k.id());
            }
            v.maxLength(p + "ownerKey", k.ownerKey(), Validator.MAX_NAME_LENGTH);
            KpiThresholds band = tolerance(v, p, k);
            if (band == null) {
                continue;
            }
            NewKpi.Source source = k.sourceJql() == null ? null
                    : new NewKpi.Source(k.sourceJql(), k.sourceAggregate(), k.sourceField());
            // numbers travel as text in the document; once read, the same rules as the API apply
            NewKpi asRequest = new NewKpi(k.name(), k.description(), k.unit(), k.direction(),
                    v.decimalText(p + "target", k.target(), false), v.decimalText(p + "rangeLow", k.rangeLow(), false),
                    v.decimalText(p + "rangeHigh", k.rangeHigh(), false), band.tolerance().name(), band.amount(),
                    band.earlyWarningPeriods(), k.cadence(), k.category(), k.timing(), k.projectKey(), k.targetDate(), k.version(), source);
            KpiValidator.Checked checked = kpiValidator.check(v, p, asRequest);
            if (checked != null && k.id() != null) {
                cadences.put(k.id(), checked.definition().cadence());
            } else if (k.id() != null) {
                // still resolve the measurements' references; their periods are checked once the KPI is right
                cadences.put(k.id(), null);
            }
        }
        return cadences;
    }

    /**
     * The tolerance band of a KPI in the document: its own (model 7), or for older documents the band that
     * keeps the unhealthy edge of its ratio thresholds; null after recording the problem.
     */
    private static KpiThresholds tolerance(Validator v, String p, BackupDocument.Kpi k) {
        if (k.toleranceType() != null) {
            KpiThresholds.Tolerance type = v.enumValue(p + "toleranceType", k.toleranceType(), KpiThresholds.Tolerance.class);
            BigDecimal amount = v.decimalText(p + "tolerance", k.tolerance(), true);
            int periods = k.earlyWarningPeriods() == null ? KpiThresholds.DEFAULT_EARLY_WARNING_PERIODS : k.earlyWarningPeriods();
            if (type == null || amount == null) {
                return null;
            }
            if (amount.signum() < 0 || periods < 1 || periods > KpiThresholds.MAX_EARLY_WARNING_PERIODS) {
                v.reject(p + "tolerance", "emerald.error.kpi.tolerance.negative");
                return null;
            }
            return new KpiThresholds(type, amount, periods);
        }
        BigDecimal watch = v.decimalText(p + "watchThreshold", k.watchThreshold(), true);
        KpiDirection direction = v.requiredEnum(p + "direction", k.direction(), KpiDirection.class);
        if (watch == null || direction == null) {
            return null;
        }
        if (watch.signum() < 0 || watch.compareTo(BigDecimal.ONE) > 0) {
            v.reject(p + "watchThreshold", "emerald.error.kpi.thresholds");
            return null;
        }
        return KpiThresholds.fromRatioThresholds(direction, watch);
    }

    /** Key results measured by a KPI name a KPI of the document; decisions name what they decided on. */
    private static void checkKpiReferences(Validator v, BackupDocument d, Set<Long> kpiIds, Set<String> keyResultKeys) {
        for (int i = 0; i < d.keyResults().size(); i++) {
            BackupDocument.KeyResult k = d.keyResults().get(i);
            if (k != null && k.kpiId() != null && !kpiIds.contains(k.kpiId())) {
                v.reject("keyResults[" + i + "].kpiId", "emerald.error.backup.reference", k.kpiId());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.proposals().size(); i++) {
            String p = "proposals[" + i + "].";
            BackupDocument.Proposal x = d.proposals().get(i);
            if (x == null) {
                v.reject("proposals[" + i + "]", "emerald.error.required");
                continue;
            }
            ProposalDecision.Kind kind = v.requiredEnum(p + "kind", x.kind(), ProposalDecision.Kind.class);
            ProposalDecision.State state = v.requiredEnum(p + "state", x.state(), ProposalDecision.State.class);
            if (state == ProposalDecision.State.OPEN) {
                v.reject(p + "state", "emerald.error.backup.proposal.state");
            }
            v.instant(p + "decidedAt", x.decidedAt(), true);
            v.maxLength(p + "reason", x.reason(), LoopService.MAX_REASON_LENGTH);
            if (kind == ProposalDecision.Kind.RECOVERY) {
                if (v.required(p + "kpiId", x.kpiId()) && !kpiIds.contains(x.kpiId())) {
                    v.reject(p + "kpiId", "emerald.error.backup.reference", x.kpiId());
                }
                if (v.date(p + "cycleStart", x.cycleStart()) != null && !seen.add("R" + x.kpiId() + x.cycleStart())) {
                    v.reject(p + "cycleStart", "emerald.error.backup.duplicate", x.cycleStart());
                }
            } else if (kind == ProposalDecision.Kind.PROMOTION) {
                if (v.required(p + "keyResultIssueKey", x.keyResultIssueKey())
                        && (!keyResultKeys.contains(x.keyResultIssueKey()) || !seen.add("P" + x.keyResultIssueKey()))) {
                    v.reject(p + "keyResultIssueKey", "emerald.error.backup.reference", x.keyResultIssueKey());
                }
            }
            for (String created : Arrays.asList(x.createdObjectiveIssueKey(), x.createdKeyResultIssueKey())) {
                if (created != null && !keyResultKeys.contains(created) && d.objectives().stream()
                        .noneMatch(o -> o != null && created.equals(o.issueKey()))) {
                    v.reject(p + "created", "emerald.error.backup.reference", created);
                }
            }
            if (x.createdKpiId() != null && !kpiIds.contains(x.createdKpiId())) {
                v.reject(p + "createdKpiId", "emerald.error.backup.reference", x.createdKpiId());
            }
        }
    }

    private void checkMeasurements(Validator v, List<BackupDocument.Measurement> measurements, Map<Long, Cadence> kpis) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < measurements.size(); i++) {
            String p = "measurements[" + i + "].";
            BackupDocument.Measurement m = measurements.get(i);
            if (m == null) {
                v.reject("measurements[" + i + "]", "emerald.error.required");
                continue;
            }
            Cadence cadence = null;
            if (v.required(p + "kpiId", m.kpiId())) {
                if (!kpis.containsKey(m.kpiId())) {
                    v.reject(p + "kpiId", "emerald.error.backup.reference", m.kpiId());
                }
                cadence = kpis.get(m.kpiId());
            }
            if (v.required(p + "period", m.period())) {
                Period period = KpiValidator.period(v, p + "period", m.period(), cadence);
                if (period != null && !seen.add(m.kpiId() + "/" + period.key())) {
                    v.reject(p + "period", "emerald.error.backup.duplicate", m.period());
                }
            }
            v.decimalText(p + "value", m.value(), true);
            if (v.required(p + "source", m.source()) && !KpiValidator.MEASUREMENT_SOURCES.contains(m.source())) {
                v.reject(p + "source", "emerald.error.enum", m.source(), String.join(", ", KpiValidator.MEASUREMENT_SOURCES));
            }
            v.instant(p + "recordedAt", m.recordedAt(), true);
            v.instant(p + "createdAt", m.createdAt(), false);
            v.instant(p + "deletedAt", m.deletedAt(), false);
            v.maxLength(p + "note", m.note(), Validator.MAX_NOTE_LENGTH);
        }
    }




}
