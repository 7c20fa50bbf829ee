package com.emeraldokr.core.service;

import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.IssueDirectory;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exports all Emerald data to one document and restores such a document into an empty instance.
 * A restore checks everything first (format, references, values, issues) and writes nothing unless
 * all of it is valid; then it writes in one transaction.
 */
@Named
public class BackupService {

    private final BackupStore store;
    private final IssueDirectory issues;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public BackupService(BackupStore store, IssueDirectory issues, Messages messages, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.messages = messages;
        this.clock = clock;
    }

    public BackupDocument export() {
        BackupDocument rows = store.readAll();
        Set<Long> ids = new HashSet<>();
        rows.objectives().forEach(o -> ids.add(Long.parseLong(o.issueKey())));
        rows.keyResults().forEach(k -> ids.add(Long.parseLong(k.issueKey())));
        Map<Long, IssueSummary> found = issues.findVisibleByIds(ids);
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("", messages.text("emerald.error.backup.issues.missing",
                    missing.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))));
        }
        Function<String, String> key = id -> found.get(Long.parseLong(id)).key();
        return new BackupDocument(BackupDocument.FORMAT, SchemaSteps.currentVersion(), clock.instant().toString(),
                rows.cycles(),
                rows.objectives().stream().map(o -> new BackupDocument.Objective(key.apply(o.issueKey()), o.cycleId(),
                        o.commitment())).toList(),
                rows.keyResults().stream().map(k -> new BackupDocument.KeyResult(key.apply(k.issueKey()),
                        key.apply(k.objectiveIssueKey()), k.kind(), k.start(), k.target(), k.upper(), k.unit(), k.weight(),
                        k.version())).toList(),
                rows.checkIns().stream().map(c -> new BackupDocument.CheckIn(key.apply(c.keyResultIssueKey()), c.at(),
                        c.value(), c.confidence(), c.note(), c.author())).toList(),
                rows.kpis(), rows.measurements());
    }

    public BackupDocument.RestoreSummary restore(BackupDocument doc) {
        Validator v = new Validator(messages);
        v.requireBody(doc);
        if (!BackupDocument.FORMAT.equals(doc.format())) {
            v.reject("format", "emerald.error.backup.format", BackupDocument.FORMAT);
            v.throwIfInvalid();
        }
        if (doc.modelVersion() == null || doc.modelVersion() < 1 || doc.modelVersion() > SchemaSteps.currentVersion()) {
            v.reject("modelVersion", "emerald.error.backup.model", SchemaSteps.currentVersion());
        }
        BackupDocument d = withEmptyListsForNull(doc);
        Set<Long> cycleIds = checkCycles(v, d.cycles());
        Set<String> objectiveKeys = checkObjectives(v, d.objectives(), cycleIds);
        Set<String> keyResultKeys = checkKeyResults(v, d.keyResults(), objectiveKeys);
        checkCheckIns(v, d.checkIns(), keyResultKeys);
        Map<Long, Cadence> kpiCadences = checkKpis(v, d.kpis());
        checkMeasurements(v, d.measurements(), kpiCadences);
        v.throwIfInvalid();

        Map<String, Long> issueIds = new HashMap<>();
        for (String issueKey : union(objectiveKeys, keyResultKeys)) {
            Optional<IssueSummary> issue = issues.findVisibleByKey(issueKey);
            if (issue.isEmpty()) {
                v.reject("issues", "emerald.error.issue.not.found", issueKey);
            } else {
                issueIds.put(issueKey, issue.get().id());
            }
        }
        v.throwIfInvalid();
        if (!store.isEmpty()) {
            throw new ConflictException("", messages.text("emerald.error.backup.not.empty"));
        }
        return store.writeAll(d, issueIds);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static BackupDocument withEmptyListsForNull(BackupDocument d) {
        return new BackupDocument(d.format(), d.modelVersion(), d.exportedAt(), orEmpty(d.cycles()), orEmpty(d.objectives()),
                orEmpty(d.keyResults()), orEmpty(d.checkIns()), orEmpty(d.kpis()), orEmpty(d.measurements()));
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
            v.required(p + "name", c.name());
            v.maxLength(p + "name", c.name(), Validator.MAX_NAME_LENGTH);
            LocalDate start = date(v, p + "start", c.start());
            LocalDate end = date(v, p + "end", c.end());
            if (start != null && end != null && end.isBefore(start)) {
                v.reject(p + "end", "emerald.error.cycle.end.before.start");
            }
            if (v.required(p + "timeZone", c.timeZone())) {
                try {
                    ZoneId.of(c.timeZone());
                } catch (DateTimeException e) {
                    v.reject(p + "timeZone", "emerald.error.timezone.unknown", c.timeZone());
                }
            }
            enumValue(v, p + "state", c.state(), CycleState.class);
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
            enumValue(v, p + "commitment", o.commitment(), Commitment.class);
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
            KeyResultKind kind = enumValue(v, p + "kind", k.kind(), KeyResultKind.class);
            BigDecimal start = decimal(v, p + "start", k.start(), true);
            BigDecimal target = decimal(v, p + "target", k.target(), true);
            BigDecimal upper = decimal(v, p + "upper", k.upper(), false);
            BigDecimal weight = decimal(v, p + "weight", k.weight(), true);
            if (weight != null && weight.signum() < 0) {
                v.reject(p + "weight", "emerald.error.weight.negative");
            }
            if (kind != null && start != null && target != null) {
                try {
                    new KeyResultTarget(kind, start, target, upper, k.unit());
                } catch (IllegalArgumentException | NullPointerException e) {
                    v.reject(p + "upper", "emerald.error.backup.keyresult", e.getMessage());
                }
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
            instant(v, p + "at", c.at());
            decimal(v, p + "value", c.value(), true);
            if (v.required(p + "confidence", c.confidence())
                    && (c.confidence() < CheckIn.MIN_CONFIDENCE || c.confidence() > CheckIn.MAX_CONFIDENCE)) {
                v.reject(p + "confidence", "emerald.error.confidence.range", CheckIn.MIN_CONFIDENCE, CheckIn.MAX_CONFIDENCE);
            }
            v.maxLength(p + "note", c.note(), Validator.MAX_NOTE_LENGTH);
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
            v.maxLength(p + "name", k.name(), Validator.MAX_NAME_LENGTH);
            KpiDirection direction = enumValue(v, p + "direction", k.direction(), KpiDirection.class);
            Cadence cadence = enumValue(v, p + "cadence", k.cadence(), Cadence.class);
            KpiCategory category = enumValue(v, p + "category", k.category(), KpiCategory.class);
            IndicatorTiming timing = enumValue(v, p + "timing", k.timing(), IndicatorTiming.class);
            BigDecimal target = decimal(v, p + "target", k.target(), false);
            BigDecimal low = decimal(v, p + "rangeLow", k.rangeLow(), false);
            BigDecimal high = decimal(v, p + "rangeHigh", k.rangeHigh(), false);
            BigDecimal healthy = decimal(v, p + "healthyThreshold", k.healthyThreshold(), true);
            BigDecimal watch = decimal(v, p + "watchThreshold", k.watchThreshold(), true);
            LocalDate targetDate = k.targetDate() == null ? null : date(v, p + "targetDate", k.targetDate());
            if (k.sourceJql() != null) {
                KpiSource.Aggregate aggregate = enumValue(v, p + "sourceAggregate", k.sourceAggregate(), KpiSource.Aggregate.class);
                if (aggregate != null && aggregate.needsField() && (k.sourceField() == null || k.sourceField().isBlank())) {
                    v.reject(p + "sourceField", "emerald.error.kpi.source.field", aggregate.name());
                }
            }
            if (k.name() != null && direction != null && cadence != null && category != null && timing != null
                    && healthy != null && watch != null) {
                try {
                    new KpiDefinition(k.name(), k.unit(), direction, target, low, high, new KpiThresholds(healthy, watch),
                            cadence, category, timing, targetDate);
                    if (k.id() != null) {
                        cadences.put(k.id(), cadence);
                    }
                } catch (IllegalArgumentException | NullPointerException e) {
                    v.reject("kpis[" + i + "]", "emerald.error.backup.kpi", e.getMessage());
                }
            } else {
                v.required(p + "name", k.name());
            }
        }
        return cadences;
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
                cadence = kpis.get(m.kpiId());
                if (cadence == null) {
                    v.reject(p + "kpiId", "emerald.error.backup.reference", m.kpiId());
                }
            }
            if (v.required(p + "period", m.period())) {
                try {
                    Period period = Period.parse(m.period());
                    if (cadence != null && period.cadence() != cadence) {
                        v.reject(p + "period", "emerald.error.kpi.period.cadence", m.period(), cadence.name());
                    } else if (!seen.add(m.kpiId() + "/" + period.key())) {
                        v.reject(p + "period", "emerald.error.backup.duplicate", m.period());
                    }
                } catch (IllegalArgumentException e) {
                    v.reject(p + "period", "emerald.error.kpi.period.format", m.period());
                }
            }
            decimal(v, p + "value", m.value(), true);
            instant(v, p + "recordedAt", m.recordedAt());
        }
    }

    private static LocalDate date(Validator v, String field, String value) {
        if (!v.required(field, value)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            v.reject(field, "emerald.error.date.format", value);
            return null;
        }
    }

    private static void instant(Validator v, String field, String value) {
        if (v.required(field, value)) {
            try {
                Instant.parse(value);
            } catch (DateTimeException e) {
                v.reject(field, "emerald.error.backup.instant", value);
            }
        }
    }

    private static BigDecimal decimal(Validator v, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                v.required(field, null);
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            return v.decimal(field, d) ? d : null;
        } catch (NumberFormatException e) {
            v.reject(field, "emerald.error.backup.number", value);
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Validator v, String field, String value, Class<E> type) {
        return v.required(field, value) ? OkrService.parseEnum(v, field, value, type) : null;
    }
}
