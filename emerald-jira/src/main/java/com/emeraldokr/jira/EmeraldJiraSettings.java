package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueLinks;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Locale;
import java.util.Optional;

/**
 * Emerald's global settings in Jira's plugin settings: the ids of the issue and link types the
 * installer created or adopted, and how epic progress is measured. Kept by id so a type an admin
 * renames is still Emerald's.
 */
@Named
public class EmeraldJiraSettings {

    static final String PREFIX = "com.emeraldokr.emerald:";
    static final String OBJECTIVE = "objective";
    static final String KEY_RESULT = "key-result";
    static final String STORY_POINTS_FIELD = PREFIX + "epic-progress.story-points-field";
    static final String MEASURE = PREFIX + "epic-progress.measure";
    static final String UNESTIMATED = PREFIX + "epic-progress.unestimated";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public EmeraldJiraSettings(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    static String issueTypeKey(String code) {
        return PREFIX + "issue-type." + code;
    }

    static String linkTypeKey(String code) {
        return PREFIX + "link-type." + code;
    }

    /** The installer's code for each link kind. */
    static String linkCode(IssueLinks.Kind kind) {
        return switch (kind) {
            case KEY_RESULT -> "key-result";
            case CONTRIBUTES -> "contributes";
            case ALIGNMENT -> "alignment";
        };
    }

    PluginSettings global() {
        return settingsFactory.createGlobalSettings();
    }

    Optional<String> issueTypeId(String code) {
        return text(issueTypeKey(code));
    }

    Optional<Long> linkTypeId(IssueLinks.Kind kind) {
        return text(linkTypeKey(linkCode(kind))).filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** The custom field id (such as {@code customfield_10006}) holding story points, when one is set. */
    Optional<String> storyPointsFieldId() {
        return text(STORY_POINTS_FIELD);
    }

    /** Issue count and unestimated issues left out, unless an admin chose otherwise. */
    EpicWork.Settings epicProgress() {
        WorkCompletion.Measure measure = text(MEASURE).flatMap(v -> parse(WorkCompletion.Measure.class, v))
                .orElse(EpicWork.Settings.DEFAULT.measure());
        WorkCompletion.UnestimatedPolicy policy = text(UNESTIMATED)
                .flatMap(v -> parse(WorkCompletion.UnestimatedPolicy.class, v))
                .orElse(EpicWork.Settings.DEFAULT.unestimated());
        return new EpicWork.Settings(measure, policy);
    }

    void saveEpicProgress(EpicWork.Settings progress, String storyPointsFieldId) {
        PluginSettings global = global();
        global.put(MEASURE, progress.measure().name());
        global.put(UNESTIMATED, progress.unestimated().name());
        if (storyPointsFieldId == null) {
            global.remove(STORY_POINTS_FIELD);
        } else {
            global.put(STORY_POINTS_FIELD, storyPointsFieldId);
        }
    }

    private Optional<String> text(String key) {
        return global().get(key) instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
