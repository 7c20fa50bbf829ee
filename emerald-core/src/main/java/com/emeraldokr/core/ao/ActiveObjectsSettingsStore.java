package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.DBParam;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link SettingsStore} on Active Objects: the one SETTINGS row. Every read path asks for the settings
 * (bands, cadences, time zone), so the row is cached on each node and dropped on every node after a save
 * or a restore.
 */
@Named
public class ActiveObjectsSettingsStore implements SettingsStore {

    static final String KEY = "instance";

    static final String CACHE_NAME = "com.emeraldokr.emerald.settings";

    private final ActiveObjects ao;
    private final Clock clock;
    private final SharedCache<OkrSettings> cache;

    @Inject
    public ActiveObjectsSettingsStore(@ComponentImport ActiveObjects ao, Clock clock, SharedCaches caches) {
        this.ao = ao;
        this.clock = clock;
        this.cache = cache(caches, ao);
    }

    /** The cache of the one row; the backup store drops it after a restore wrote the settings. */
    static SharedCache<OkrSettings> cache(SharedCaches caches, ActiveObjects ao) {
        return caches.cache(CACHE_NAME, key -> {
            SettingsEntity[] rows = ao.find(SettingsEntity.class, "SETTINGS_KEY = ?", KEY);
            return rows.length == 0 ? OkrSettings.DEFAULTS : toSettings(rows[0]);
        });
    }

    @Override
    public OkrSettings load() {
        return cache.get(KEY);
    }

    @Override
    public void save(OkrSettings settings, String authorKey) {
        try {
            ao.executeInTransaction(() -> {
                upsert(ao, settings, authorKey, clock.millis());
                return null;
            });
        } finally {
            cache.invalidate(KEY);
        }
    }

    /** Writes settings a backup carries (already checked) inside the caller's transaction. */
    static void write(ActiveObjects ao, OkrSettingsDocument d, String authorKey, long now) {
        Map<String, CheckInCadence> teams = new LinkedHashMap<>();
        d.teamCadences().forEach((k, c) -> teams.put(k, CheckInCadence.valueOf(c)));
        upsert(ao, new OkrSettings(new GradeBands(d.gradeYellowFrom(), d.gradeGreenFrom()),
                new StatusThresholds(d.onTrackFrom(), d.atRiskFrom()), ObjectiveStatusMode.valueOf(d.statusMode()),
                Month.of(d.fiscalYearStartMonth()), CheckInCadence.valueOf(d.defaultCadence()), teams, d.alignmentRollup(),
                ZoneId.of(d.timeZone())), authorKey, now);
    }

    /** The one row, created on the first save; the unique key refuses a second row from a racing first save. */
    private static void upsert(ActiveObjects ao, OkrSettings s, String authorKey, long now) {
        SettingsEntity[] rows = ao.find(SettingsEntity.class, "SETTINGS_KEY = ?", KEY);
        SettingsEntity row = rows.length > 0 ? rows[0]
                : ao.create(SettingsEntity.class, new DBParam("SETTINGS_KEY", KEY),
                new DBParam("GRADE_YELLOW_FROM", s.grades().yellowFrom().toPlainString()),
                new DBParam("GRADE_GREEN_FROM", s.grades().greenFrom().toPlainString()),
                new DBParam("ON_TRACK_FROM", s.status().onTrack().toPlainString()),
                new DBParam("AT_RISK_FROM", s.status().atRisk().toPlainString()),
                new DBParam("STATUS_MODE", s.statusMode().name()),
                new DBParam("FISCAL_YEAR_START", s.fiscalYearStart().getValue()),
                new DBParam("DEFAULT_CADENCE", s.defaultCadence().name()),
                new DBParam("TIME_ZONE", s.timeZone().getId()),
                new DBParam("UPDATED_AT", now));
        row.setGradeYellowFrom(s.grades().yellowFrom().toPlainString());
        row.setGradeGreenFrom(s.grades().greenFrom().toPlainString());
        row.setOnTrackFrom(s.status().onTrack().toPlainString());
        row.setAtRiskFrom(s.status().atRisk().toPlainString());
        row.setStatusMode(s.statusMode().name());
        row.setFiscalYearStart(s.fiscalYearStart().getValue());
        row.setDefaultCadence(s.defaultCadence().name());
        row.setTeamCadences(teamCadencesText(s.teamCadences()));
        row.setAlignmentRollup(s.alignmentRollup());
        row.setTimeZone(s.timeZone().getId());
        row.setUpdatedAt(now);
        row.setAuthorKey(authorKey);
        row.save();
    }

    /** {@code PLAT=WEEKLY,GROW=MONTHLY}: project keys hold no '=' or ','. */
    public static String teamCadencesText(Map<String, CheckInCadence> cadences) {
        return cadences.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name()).collect(Collectors.joining(","));
    }

    public static Map<String, CheckInCadence> teamCadences(String text) {
        Map<String, CheckInCadence> cadences = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return cadences;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cadences.put(pair.substring(0, eq).strip(), CheckInCadence.valueOf(pair.substring(eq + 1).strip()));
            }
        }
        return cadences;
    }

    private static OkrSettings toSettings(SettingsEntity row) {
        return new OkrSettings(new GradeBands(new BigDecimal(row.getGradeYellowFrom()), new BigDecimal(row.getGradeGreenFrom())),
                new StatusThresholds(new BigDecimal(row.getOnTrackFrom()), new BigDecimal(row.getAtRiskFrom())),
                ObjectiveStatusMode.valueOf(row.getStatusMode()), Month.of(row.getFiscalYearStart()),
                CheckInCadence.valueOf(row.getDefaultCadence()), teamCadences(row.getTeamCadences()),
                row.isAlignmentRollup(), ZoneId.of(row.getTimeZone()));
    }
}
