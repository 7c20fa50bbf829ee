package com.emeraldokr.core.domain;

import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What administrators set for the whole instance: the score's grade bands, the status bands on
 * progress against expectation, how an objective's status rolls up, the first month of the fiscal
 * year, the check-in cadence (by default and per team, i.e. project key), whether aligned child
 * objectives count towards their parent, and the time zone that decides what "today" is.
 */
public record OkrSettings(GradeBands grades, StatusThresholds status, ObjectiveStatusMode statusMode, Month fiscalYearStart,
                          CheckInCadence defaultCadence, Map<String, CheckInCadence> teamCadences,
                          boolean alignmentRollup, ZoneId timeZone) {

    public static final OkrSettings DEFAULTS = new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS,
            ObjectiveStatusMode.WORST_KEY_RESULT, Month.JANUARY, CheckInCadence.WEEKLY, Map.of(), true, ZoneOffset.UTC);

    public OkrSettings {
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusMode, "statusMode");
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        Objects.requireNonNull(defaultCadence, "defaultCadence");
        Objects.requireNonNull(timeZone, "timeZone");
        teamCadences = Map.copyOf(new TreeMap<>(teamCadences));
    }

    /** The cadence of a team's key results: the team's own, else the default. */
    public CheckInCadence cadenceOf(String team) {
        return team == null ? defaultCadence : teamCadences.getOrDefault(team, defaultCadence);
    }

    public CycleCalendar calendar() {
        return new CycleCalendar(fiscalYearStart, timeZone);
    }

    public OkrAssessor assessor() {
        return new OkrAssessor(status, statusMode, grades);
    }
}
