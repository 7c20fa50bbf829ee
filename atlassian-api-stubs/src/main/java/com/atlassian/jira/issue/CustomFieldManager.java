package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.CustomFieldManager (interface, as declared in jira-api 7.2.0;
// getCustomFieldObjectsByName(String) returns Collection<CustomField>).
public interface CustomFieldManager {

    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
