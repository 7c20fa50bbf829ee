package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiAssessor;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.service.Validator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The input rules of a KPI and of its measurements, for creating, editing and restoring alike. A
 * JQL source is checked by the product's own parser.
 */
public final class KpiValidator {

    static final int MAX_SOURCE_FIELD_LENGTH = 64;
    /** Who recorded a measurement: a person, or the JQL collection. */
    public static final List<String> MEASUREMENT_SOURCES = List.of(KpiService.MANUAL_SOURCE, KpiCollector.SOURCE);

    /** A KPI's fields once checked. */
    public record Checked(KpiDefinition definition, KpiSource source, String projectKey) {
    }

    private final KpiSourceReader sources;

    public KpiValidator(KpiSourceReader sources) {
        this.sources = sources;
    }

    /**
     * The definition the request describes, or null after recording every problem. {@code p} is the
     * JSON path prefix of the KPI, ending in a dot, or empty.
     */
    public Checked check(Validator v, String p, NewKpi r) {
        v.required(p + "name", r.name());
        v.maxLength(p + "name", r.name(), Validator.MAX_NAME_LENGTH);
        v.maxLength(p + "unit", r.unit(), Validator.MAX_UNIT_LENGTH);
        v.maxLength(p + "description", r.description(), Validator.MAX_NOTE_LENGTH);
        KpiDirection direction = v.requiredEnum(p + "direction", r.direction(), KpiDirection.class);
        Cadence cadence = v.requiredEnum(p + "cadence", r.cadence(), Cadence.class);
        KpiCategory category = v.requiredEnum(p + "category", r.category(), KpiCategory.class);
        IndicatorTiming timing = r.timing() == null ? IndicatorTiming.LAGGING
                : v.enumValue(p + "timing", r.timing(), IndicatorTiming.class);
        String project = projectKey(r.projectKey());
        v.projectKey(p + "projectKey", project, r.projectKey());
        LocalDate targetDate = v.optionalDate(p + "targetDate", r.targetDate());
        boolean targetOk = true;
        if (direction == KpiDirection.WITHIN_RANGE) {
            boolean low = v.decimal(p + "rangeLow", r.rangeLow());
            boolean high = v.decimal(p + "rangeHigh", r.rangeHigh());
            if (low && high && r.rangeHigh().compareTo(r.rangeLow()) < 0) {
                v.reject(p + "rangeHigh", "emerald.error.kpi.range");
            }
            targetOk = low && high;
            // a number the direction does not use is not stored, but it still obeys the number rules
            v.optionalDecimal(p + "target", r.target());
        } else if (direction != null) {
            // zero and negative targets are fine: health compares with a band, not a ratio
            targetOk = v.decimal(p + "target", r.target());
        }
        if (direction != KpiDirection.WITHIN_RANGE) {
            v.optionalDecimal(p + "rangeLow", r.rangeLow());
            v.optionalDecimal(p + "rangeHigh", r.rangeHigh());
        }
        KpiThresholds thresholds = thresholds(v, p, r, direction, targetOk);
        KpiSource source = source(v, p + "source.", r.source());
        if (!v.isValid()) {
            return null;
        }
        boolean range = direction == KpiDirection.WITHIN_RANGE;
        KpiDefinition definition = new KpiDefinition(r.name().strip(), r.unit() == null ? "" : r.unit().strip(), direction,
                range ? null : r.target(), range ? r.rangeLow() : null, range ? r.rangeHigh() : null,
                thresholds, cadence, category, timing, targetDate);
        return new Checked(definition, source, project);
    }

    /** A measurement's period: in the period syntax and of the KPI's cadence; null after recording the problem. */
    public static Period period(Validator v, String field, String periodKey, Cadence cadence) {
        try {
            Period period = Period.parse(periodKey);
            if (cadence != null && period.cadence() != cadence) {
                v.reject(field, "emerald.error.kpi.period.cadence", periodKey, cadence.name());
                return null;
            }
            return v.inRange(field, period.start()) == null ? null : period;
        } catch (IllegalArgumentException | NullPointerException e) {
            v.reject(field, "emerald.error.kpi.period.format", periodKey);
            return null;
        }
    }

    /** A project key as stored: upper case, or null for a company-wide KPI. */
    static String projectKey(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /** The JQL source, checked by the product's own parser; null for a KPI people record. {@code p} ends in a dot. */
    private KpiSource source(Validator v, String p, NewKpi.Source s) {
        if (s == null) {
            return null;
        }
        boolean jqlOk = v.required(p + "jql", s.jql());
        v.maxLength(p + "jql", s.jql(), Validator.MAX_NOTE_LENGTH);
        KpiSource.Aggregate aggregate = v.requiredEnum(p + "aggregate", s.aggregate(), KpiSource.Aggregate.class);
        String field = s.field() == null || s.field().isBlank() ? null : s.field().strip();
        if (aggregate != null && aggregate.needsField() && field == null) {
            v.reject(p + "field", "emerald.error.kpi.source.field", aggregate.name());
        }
        v.maxLength(p + "field", field, MAX_SOURCE_FIELD_LENGTH);
        if (!jqlOk || aggregate == null || (aggregate.needsField() && field == null)
                || s.jql().length() > Validator.MAX_NOTE_LENGTH || (field != null && field.length() > MAX_SOURCE_FIELD_LENGTH)) {
            return null;
        }
        KpiSource source = new KpiSource(s.jql().strip(), aggregate, field);
        List<String> problems = sources.problems(source);
        if (!problems.isEmpty()) {
            v.reject(p + "jql", "emerald.error.kpi.jql", String.join(" ", problems));
        }
        return source;
    }

    /**
     * The tolerance band and early-warning run; RELATIVE 0.1 and 3 periods when left out. A relative
     * band asked for explicitly around a zero target (or a zero-wide range at zero) would be zero wide,
     * so it is refused with the advice to give an absolute one.
     */
    private static KpiThresholds thresholds(Validator v, String p, NewKpi r, KpiDirection direction, boolean targetOk) {
        KpiThresholds d = KpiThresholds.DEFAULTS;
        KpiThresholds.Tolerance type = r.toleranceType() == null ? d.tolerance()
                : v.enumValue(p + "toleranceType", r.toleranceType(), KpiThresholds.Tolerance.class);
        BigDecimal amount = r.tolerance() == null ? d.amount() : r.tolerance();
        boolean ok = type != null && (r.tolerance() == null || v.decimal(p + "tolerance", amount));
        if (amount.signum() < 0) {
            v.reject(p + "tolerance", "emerald.error.kpi.tolerance.negative");
            ok = false;
        }
        int periods = r.earlyWarningPeriods() == null ? d.earlyWarningPeriods() : r.earlyWarningPeriods();
        if (periods < 1 || periods > KpiThresholds.MAX_EARLY_WARNING_PERIODS) {
            v.reject(p + "earlyWarningPeriods", "emerald.error.kpi.early.warning", 1, KpiThresholds.MAX_EARLY_WARNING_PERIODS);
            ok = false;
        }
        if (ok && targetOk && direction != null && type == KpiThresholds.Tolerance.RELATIVE && r.toleranceType() != null
                && amount.signum() > 0
                && KpiAssessor.relativeReference(direction, r.target(), r.rangeLow(), r.rangeHigh()).signum() == 0) {
            v.reject(p + "toleranceType", "emerald.error.kpi.tolerance.relative.zero");
            ok = false;
        }
        return ok ? new KpiThresholds(type, amount, periods) : null;
    }
}
