package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.EpicProgressConfig;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.host.HostText;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Epic-progress settings of the host, kept in memory for the life of the process (Jira keeps them
 * in its plugin settings). The sandbox has one story-points field.
 */
public final class HostEpicProgressConfig implements EpicProgressConfig {

    static final String STORY_POINTS = "Story Points";

    private record State(EpicWork.Settings settings, String field) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(EpicWork.Settings.DEFAULT, STORY_POINTS));
    private final HostText text;

    public HostEpicProgressConfig(Locale locale) {
        this.text = new HostText(locale);
    }

    @Override
    public EpicWork.Settings settings() {
        return state.get().settings();
    }

    @Override
    public String storyPointsField() {
        return state.get().field();
    }

    @Override
    public List<String> fieldProblems(String storyPointsField) {
        return STORY_POINTS.equalsIgnoreCase(storyPointsField) ? List.of()
                : List.of(text.text("emerald.host.jql.field", storyPointsField));
    }

    @Override
    public void save(EpicWork.Settings settings, String storyPointsField) {
        state.set(new State(settings, storyPointsField));
    }
}
