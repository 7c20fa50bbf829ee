package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.port.EpicProgressConfig;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import com.emeraldokr.host.HostText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.List;
import java.util.Locale;

/**
 * Epic-progress settings of the host, stored in its database as Jira keeps them in its plugin settings,
 * so every node measures epics alike and a restart keeps them; each node caches them and a save drops
 * them on every node. The sandbox has one story-points field.
 */
public final class HostEpicProgressConfig implements EpicProgressConfig {

    static final String STORY_POINTS = "Story Points";
    static final String CACHE = "com.emeraldokr.host.epic-progress";
    private static final String KEY = "epic-progress";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is stored, as JSON. */
    record State(WorkCompletion.Measure measure, WorkCompletion.UnestimatedPolicy unestimated, String storyPointsField) {

        static final State DEFAULT = new State(EpicWork.Settings.DEFAULT.measure(), EpicWork.Settings.DEFAULT.unestimated(),
                STORY_POINTS);

        EpicWork.Settings settings() {
            return new EpicWork.Settings(measure, unestimated);
        }
    }

    private final ActiveObjects ao;
    private final SharedCache<State> state;
    private final HostText text;

    public HostEpicProgressConfig(ActiveObjects ao, SharedCaches caches, Locale locale) {
        this.ao = ao;
        this.state = caches.cache(CACHE, key -> load());
        this.text = new HostText(locale);
    }

    private State load() {
        HostSettingEntity[] rows = ao.find(HostSettingEntity.class, Query.select().where("SETTING_KEY = ?", KEY));
        if (rows.length == 0) {
            return State.DEFAULT;
        }
        try {
            return JSON.readValue(rows[0].getSettingValue(), State.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored epic-progress settings are not readable", e);
        }
    }

    @Override
    public EpicWork.Settings settings() {
        return state.get(KEY).settings();
    }

    @Override
    public String storyPointsField() {
        return state.get(KEY).storyPointsField();
    }

    @Override
    public List<String> fieldProblems(String storyPointsField) {
        return STORY_POINTS.equalsIgnoreCase(storyPointsField) ? List.of()
                : List.of(text.text("emerald.host.jql.field", storyPointsField));
    }

    @Override
    public void save(EpicWork.Settings settings, String storyPointsField) {
        String value;
        try {
            value = JSON.writeValueAsString(new State(settings.measure(), settings.unestimated(), storyPointsField));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the settings always serialise", e);
        }
        try {
            ao.executeInTransaction(() -> {
                HostSettingEntity[] rows = ao.find(HostSettingEntity.class, Query.select().where("SETTING_KEY = ?", KEY));
                if (rows.length == 0) {
                    ao.create(HostSettingEntity.class, new DBParam("SETTING_KEY", KEY), new DBParam("SETTING_VALUE", value));
                } else {
                    rows[0].setSettingValue(value);
                    rows[0].save();
                }
                return null;
            });
        } finally {
            state.invalidate(KEY);
        }
    }
}
