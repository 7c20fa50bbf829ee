package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

// Checked against: Jira 7.2.0 javadoc jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html and the
// jira-api source of getCustomFieldObjectsByName(String) returning Collection<CustomField>.
public interface CustomFieldManager {

    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
