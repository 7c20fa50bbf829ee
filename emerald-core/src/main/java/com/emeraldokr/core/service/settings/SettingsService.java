package com.emeraldokr.core.service.settings;

import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads and changes the instance's OKR settings; administrators only, every field checked before anything is saved. */
@Named
public class SettingsService {

    private final SettingsStore store;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;

    @Inject
    public SettingsService(SettingsStore store, Permissions permissions, CurrentUser currentUser, Messages messages) {
        this.store = store;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public OkrSettingsDocument current() {
        requireAdministrator();
        return document(store.load());
    }

    public OkrSettingsDocument change(OkrSettingsDocument request) {
        requireAdministrator();
        Validator v = new Validator(messages);
        v.requireBody(request);
        OkrSettings old = store.load();
        BigDecimal yellow = share(v, "gradeYellowFrom", request.gradeYellowFrom(), old.grades().yellowFrom());
        BigDecimal green = share(v, "gradeGreenFrom", request.gradeGreenFrom(), old.grades().greenFrom());
        BigDecimal onTrack = share(v, "onTrackFrom", request.onTrackFrom(), old.status().onTrack());
        BigDecimal atRisk = share(v, "atRiskFrom", request.atRiskFrom(), old.status().atRisk());
        if (yellow != null && yellow.signum() == 0) {
            v.reject("gradeYellowFrom", "emerald.error.settings.share");
        }
        if (yellow != null && green != null && yellow.signum() > 0 && yellow.compareTo(green) > 0) {
            v.reject("gradeGreenFrom", "emerald.error.settings.order", "gradeYellowFrom");
        }
        if (onTrack != null && atRisk != null && atRisk.compareTo(onTrack) > 0) {
            v.reject("onTrackFrom", "emerald.error.settings.order", "atRiskFrom");
        }
        ObjectiveStatusMode mode = request.statusMode() == null ? old.statusMode()
                : v.enumValue("statusMode", request.statusMode(), ObjectiveStatusMode.class);
        Month fiscal = old.fiscalYearStart();
        if (request.fiscalYearStartMonth() != null) {
            if (request.fiscalYearStartMonth() < 1 || request.fiscalYearStartMonth() > 12) {
                v.reject("fiscalYearStartMonth", "emerald.error.settings.month");
            } else {
                fiscal = Month.of(request.fiscalYearStartMonth());
            }
        }
        CheckInCadence cadence = request.defaultCadence() == null ? old.defaultCadence()
                : v.enumValue("defaultCadence", request.defaultCadence(), CheckInCadence.class);
        Map<String, CheckInCadence> teams = request.teamCadences() == null ? old.teamCadences() : teams(v, request.teamCadences());
        boolean rollup = request.alignmentRollup() == null ? old.alignmentRollup() : request.alignmentRollup();
        ZoneId zone = old.timeZone();
        if (request.timeZone() != null) {
            v.maxLength("timeZone", request.timeZone(), 64);
            try {
                zone = ZoneId.of(request.timeZone().strip());
            } catch (DateTimeException e) {
                v.reject("timeZone", "emerald.error.timezone.unknown", request.timeZone());
            }
        }
        v.throwIfInvalid();
        OkrSettings changed = new OkrSettings(new GradeBands(yellow, green), new StatusThresholds(onTrack, atRisk), mode,
                fiscal, cadence, teams, rollup, zone);
        store.save(changed, currentUser.userKey().orElse(null));
        return document(store.load());
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

    private static Map<String, CheckInCadence> teams(Validator v, Map<String, String> given) {
        Map<String, CheckInCadence> teams = new LinkedHashMap<>();
        given.forEach((project, cadence) -> {
            String key = project == null ? "" : project.strip().toUpperCase(Locale.ROOT);
            String field = "teamCadences." + project;
            v.projectKey(field, key, project);
            CheckInCadence c = v.requiredEnum(field, cadence, CheckInCadence.class);
            if (c != null) {
                teams.put(key, c);
            }
        });
        return teams;
    }

    private void requireAdministrator() {
        if (!permissions.isAdministrator()) {
            throw new ForbiddenException("settings", messages.text("emerald.error.settings.permission"));
        }
    }

    static OkrSettingsDocument document(OkrSettings s) {
        Map<String, String> teams = new TreeMap<>();
        s.teamCadences().forEach((k, c) -> teams.put(k, c.name()));
        return new OkrSettingsDocument(s.grades().yellowFrom(), s.grades().greenFrom(), s.status().onTrack(),
                s.status().atRisk(), s.statusMode().name(), s.fiscalYearStart().getValue(), s.defaultCadence().name(), teams,
                s.alignmentRollup(), s.timeZone().getId());
    }
}
