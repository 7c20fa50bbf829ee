package com.emeraldokr.core.service.cycle;

import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.service.Validator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The input rules of a cycle, for creating one, editing one, closing one and restoring a backup. */
public final class CycleValidator {

    /** A cycle's fields once checked. */
    public record CycleFields(String name, LocalDate start, LocalDate end, ZoneId zone, CycleState state) {
    }

    private CycleValidator() {
    }

    /**
     * The checked fields, or null after recording every problem. {@code p} is the JSON path prefix,
     * ending in a dot, or empty; a null default makes the time zone or state required.
     */
    public static CycleFields fields(Validator v, String p, String name, String start, String end, String timeZone,
                                     String state, ZoneId defaultZone, CycleState defaultState) {
        String checkedName = name(v, p, name);
        LocalDate from = v.date(p + "start", start);
        LocalDate to = v.date(p + "end", end);
        endNotBeforeStart(v, p, from, to);
        ZoneId zone = defaultZone;
        if (timeZone != null && !timeZone.isBlank()) {
            zone = zone(v, p, timeZone);
        } else if (defaultZone == null) {
            v.required(p + "timeZone", timeZone);
        }
        CycleState cycleState = state == null && defaultState != null ? defaultState
                : v.requiredEnum(p + "state", state, CycleState.class);
        return v.isValid() ? new CycleFields(checkedName, from, to, zone, cycleState) : null;
    }

    /**
     * The fields of {@code current} with the given ones applied, or null after recording every problem:
     * a null field keeps its value, a given one obeys the rules of {@link #fields}, and the dates that
     * result (given or kept) must still be in order. The state is not edited here.
     */
    public static CycleFields update(Validator v, Cycle current, String name, String start, String end, String timeZone) {
        String checkedName = name == null ? current.name() : name(v, "", name);
        LocalDate from = start == null ? current.start() : v.date("start", start);
        LocalDate to = end == null ? current.end() : v.date("end", end);
        if (from != null && to != null && to.isBefore(from)) {
            // name the field the request changed; with both given, the end as on create
            v.reject(end != null || start == null ? "end" : "start", "emerald.error.cycle.end.before.start");
        }
        ZoneId zone = timeZone == null ? current.zone() : timeZone.isBlank() ? blank(v, "timeZone") : zone(v, "", timeZone);
        return v.isValid() ? new CycleFields(checkedName, from, to, zone, current.state()) : null;
    }

    /**
     * A final score given by an administrator (an override at close) or read from a backup: required,
     * from 0 to 1. A reason, when {@code reasonRequired} or given, must not be blank and fits a note.
     */
    public static void finalScore(Validator v, String p, String scoreField, BigDecimal score, String reasonField,
                                  String reason, boolean reasonRequired) {
        if (v.decimal(p + scoreField, score) && (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0)) {
            v.reject(p + scoreField, "emerald.error.cycle.score.range");
        }
        if (reasonRequired || reason != null) {
            if (reason == null || reason.isBlank()) {
                v.reject(p + reasonField, "emerald.error.cycle.override.reason");
            }
            v.maxLength(p + reasonField, reason, Validator.MAX_NOTE_LENGTH);
        }
    }

    private static String name(Validator v, String p, String name) {
        v.required(p + "name", name);
        v.maxLength(p + "name", name, Validator.MAX_NAME_LENGTH);
        return name == null ? null : name.strip();
    }

    private static void endNotBeforeStart(Validator v, String p, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            v.reject(p + "end", "emerald.error.cycle.end.before.start");
        }
    }

    private static ZoneId zone(Validator v, String p, String timeZone) {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            v.reject(p + "timeZone", "emerald.error.timezone.unknown", timeZone);
            return null;
        }
    }

    private static ZoneId blank(Validator v, String field) {
        v.required(field, null);
        return null;
    }
}
