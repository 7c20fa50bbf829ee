package com.atlassian.jira.issue;

// Checked against: Jira 6.x jira-api source (turgaycelik/mysource), the Jira 7 javadoc and cures-hub/cures-condec-jira mocks compiled against jira-api 8.8.1; the type names are confirmed for Jira 10.6 by the Jira Software javadoc (interface; these setters return the parameters).
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);
}
