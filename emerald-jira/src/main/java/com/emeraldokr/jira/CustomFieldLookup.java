package com.emeraldokr.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Optional;

/** Finds the custom field an administrator named: by id ({@code customfield_10002}) or, failing that, by name. */
final class CustomFieldLookup {

    private CustomFieldLookup() {
    }

    static Optional<CustomField> byIdOrName(CustomFieldManager customFields, String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        CustomField byId = idOrName.startsWith("customfield_") ? customFields.getCustomFieldObject(idOrName) : null;
        return byId != null ? Optional.of(byId) : customFields.getCustomFieldObjectsByName(idOrName).stream().findFirst();
    }
}
