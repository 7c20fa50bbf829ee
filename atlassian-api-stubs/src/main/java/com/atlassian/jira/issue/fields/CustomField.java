package com.atlassian.jira.issue.fields;

// Checked against: Jira 7 javadoc jira/server/com/atlassian/jira/issue/fields/CustomField.html (interface;
// getId() and getName() are inherited from Field).
public interface CustomField {

    String getId();

    String getName();
}
