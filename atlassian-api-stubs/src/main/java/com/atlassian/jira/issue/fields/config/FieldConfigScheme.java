package com.atlassian.jira.issue.fields.config;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.fields.config.FieldConfigScheme (interface, @PublicApi).
public interface FieldConfigScheme {

    Long getId();

    String getName();
}
