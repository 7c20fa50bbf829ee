package com.emeraldokr.core.service.cycle;

import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.service.Validator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The input rules of a cycle, for creating one and for restoring a backup. */
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
        v.required(p + "name", name);
        v.maxLength(p + "name", name, Validator.MAX_NAME_LENGTH);
        LocalDate from = v.date(p + "start", start);
        LocalDate to = v.date(p + "end", end);
        if (from != null && to != null && to.isBefore(from)) {
            v.reject(p + "end", "emerald.error.cycle.end.before.start");
        }
        ZoneId zone = defaultZone;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                v.reject(p + "timeZone", "emerald.error.timezone.unknown", timeZone);
            }
        } else if (defaultZone == null) {
            v.required(p + "timeZone", timeZone);
        }
        CycleState cycleState = state == null && defaultState != null ? defaultState
                : v.requiredEnum(p + "state", state, CycleState.class);
        return v.isValid() ? new CycleFields(name.strip(), from, to, zone, cycleState) : null;
    }
}
