package com.emeraldokr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.port.EpicProgressConfig;
import com.emeraldokr.core.port.EpicWork;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * Epic-progress settings in Jira's plugin settings. The story-points field is stored by id (a name
 * given by the admin is resolved once), so renaming the field changes nothing; a change clears the
 * cached epic work on every node.
 */
@Named
public class JiraEpicProgressConfig implements EpicProgressConfig {

    private final EmeraldJiraSettings settings;
    private final CustomFieldManager customFields;
    private final JiraEpicWork epicWork;
    private final Messages messages;

    @Inject
    public JiraEpicProgressConfig(EmeraldJiraSettings settings, @ComponentImport CustomFieldManager customFields,
                                  JiraEpicWork epicWork, Messages messages) {
        this.settings = settings;
        this.customFields = customFields;
        this.epicWork = epicWork;
        this.messages = messages;
    }

    @Override
    public EpicWork.Settings settings() {
        return settings.epicProgress();
    }

    @Override
    public String storyPointsField() {
        return settings.storyPointsFieldId().orElse(null);
    }

    @Override
    public List<String> fieldProblems(String storyPointsField) {
        return field(storyPointsField).isPresent() ? List.of()
                : List.of(messages.text("emerald.error.kpi.field.unknown", storyPointsField));
    }

    @Override
    public void save(EpicWork.Settings progress, String storyPointsField) {
        String fieldId = storyPointsField == null ? null : field(storyPointsField).map(CustomField::getId)
                .orElseThrow(() -> new IllegalArgumentException("no custom field " + storyPointsField));
        settings.saveEpicProgress(progress, fieldId);
        epicWork.forgetAll();
    }

    private Optional<CustomField> field(String idOrName) {
        return CustomFieldLookup.byIdOrName(customFields, idOrName);
    }
}
