package com.atlassian.jira.issue.fields;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.fields.CustomField (interface, as declared in jira-api 7.x;
// getId() and getName() are inherited from Field).
public interface CustomField {

    String getId();

    String getName();
}
