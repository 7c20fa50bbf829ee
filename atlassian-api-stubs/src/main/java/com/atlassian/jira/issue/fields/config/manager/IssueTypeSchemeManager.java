package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager (interface); members as declared in jira-api 8.8.1.
public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);
}
