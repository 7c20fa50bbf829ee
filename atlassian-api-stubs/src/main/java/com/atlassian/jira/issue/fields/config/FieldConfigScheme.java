package com.atlassian.jira.issue.fields.config;

// Checked against: jira-api source of FieldConfigScheme (interface, @PublicApi).
public interface FieldConfigScheme {

    Long getId();

    String getName();
}
