package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

// Checked against: cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface) (MockIssueTypeSchemeManager lists these methods with these types).
public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);
}
