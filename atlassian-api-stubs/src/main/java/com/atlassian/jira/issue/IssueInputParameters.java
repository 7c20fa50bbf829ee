package com.atlassian.jira.issue;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.IssueInputParameters (interface; these setters return the parameters); members as declared in jira-api 6.x, 7.x and 8.8.1; the type names are unchanged in Jira 10.6.
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);
}
