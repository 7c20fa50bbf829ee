package com.emeraldokr.core.service.settings;

import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.service.Validator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The rules of the OKR settings, for changing them and for restoring a backup. */
public final class SettingsValidator {

    private SettingsValidator() {
    }

    /**
     * The settings {@code given} describes, each field left out taken from {@code base}; null after
     * recording every problem in {@code v}, each field named with the prefix {@code p} (empty or ending in a dot).
     */
    public static OkrSettings settings(Validator v, String p, OkrSettingsDocument given, OkrSettings base) {
        BigDecimal yellow = share(v, p + "gradeYellowFrom", given.gradeYellowFrom(), base.grades().yellowFrom());
        BigDecimal green = share(v, p + "gradeGreenFrom", given.gradeGreenFrom(), base.grades().greenFrom());
        BigDecimal onTrack = share(v, p + "onTrackFrom", given.onTrackFrom(), base.status().onTrack());
        BigDecimal atRisk = share(v, p + "atRiskFrom", given.atRiskFrom(), base.status().atRisk());
        if (yellow != null && yellow.signum() == 0) {
            v.reject(p + "gradeYellowFrom", "emerald.error.settings.share");
        }
        if (yellow != null && green != null && yellow.signum() > 0 && yellow.compareTo(green) > 0) {
            v.reject(p + "gradeGreenFrom", "emerald.error.settings.order", "gradeYellowFrom");
        }
        if (onTrack != null && atRisk != null && atRisk.compareTo(onTrack) > 0) {
            v.reject(p + "onTrackFrom", "emerald.error.settings.order", "atRiskFrom");
        }
        ObjectiveStatusMode mode = given.statusMode() == null ? base.statusMode()
                : v.enumValue(p + "statusMode", given.statusMode(), ObjectiveStatusMode.class);
        Month fiscal = base.fiscalYearStart();
        if (given.fiscalYearStartMonth() != null) {
            if (given.fiscalYearStartMonth() < 1 || given.fiscalYearStartMonth() > 12) {
                v.reject(p + "fiscalYearStartMonth", "emerald.error.settings.month");
            } else {
                fiscal = Month.of(given.fiscalYearStartMonth());
            }
        }
        CheckInCadence cadence = given.defaultCadence() == null ? base.defaultCadence()
                : v.enumValue(p + "defaultCadence", given.defaultCadence(), CheckInCadence.class);
        Map<String, CheckInCadence> teams = given.teamCadences() == null ? base.teamCadences()
                : teams(v, p, given.teamCadences());
        boolean rollup = given.alignmentRollup() == null ? base.alignmentRollup() : given.alignmentRollup();
        ZoneId zone = base.timeZone();
        if (given.timeZone() != null) {
            v.maxLength(p + "timeZone", given.timeZone(), 64);
            try {
                zone = ZoneId.of(given.timeZone().strip());
            } catch (DateTimeException e) {
                v.reject(p + "timeZone", "emerald.error.timezone.unknown", given.timeZone());
            }
        }
        if (!v.isValid()) {
            return null;
        }
        return new OkrSettings(new GradeBands(yellow, green), new StatusThresholds(onTrack, atRisk), mode, fiscal, cadence, teams,
                rollup, zone);
    }

    /** A share from 0 to 1 (left out: the stored one); null after recording the problem. */
    private static BigDecimal share(Validator v, String field, BigDecimal given, BigDecimal stored) {
        if (given == null) {
            return stored;
        }
        if (!v.decimal(field, given)) {
            return null;
        }
        if (given.signum() < 0 || given.compareTo(BigDecimal.ONE) > 0) {
            v.reject(field, "emerald.error.settings.share");
            return null;
        }
        return given;
    }

    private static Map<String, CheckInCadence> teams(Validator v, String p, Map<String, String> given) {
        Map<String, CheckInCadence> teams = new LinkedHashMap<>();
        given.forEach((project, cadence) -> {
            String key = project == null ? "" : project.strip().toUpperCase(Locale.ROOT);
            String field = p + "teamCadences." + project;
            v.projectKey(field, key, project);
            CheckInCadence c = v.requiredEnum(field, cadence, CheckInCadence.class);
            if (c != null) {
                teams.put(key, c);
            }
        });
        return teams;
    }

    /** The settings as the API carries them. */
    public static OkrSettingsDocument document(OkrSettings s) {
        Map<String, String> teams = new TreeMap<>();
        s.teamCadences().forEach((k, c) -> teams.put(k, c.name()));
        return new OkrSettingsDocument(s.grades().yellowFrom(), s.grades().greenFrom(), s.status().onTrack(),
                s.status().atRisk(), s.statusMode().name(), s.fiscalYearStart().getValue(), s.defaultCadence().name(), teams,
                s.alignmentRollup(), s.timeZone().getId());
    }
}
