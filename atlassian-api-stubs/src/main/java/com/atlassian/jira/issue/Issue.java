package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls. getIssueType, getProjectObject,
// getStatus and getCustomFieldValue checked against Jira 7 javadoc jira/latest/com/atlassian/jira/issue/Issue.html
// and cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface) (compiles issue.getIssueType().getName(), issue.getStatus(), issue.getProjectObject().getKey());
// getIssueTypeId() returning String is the long-standing API, not seen in a 7+ page.
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    String getIssueTypeId();

    Project getProjectObject();

    Status getStatus();

    Object getCustomFieldValue(CustomField customField);

    // Checked against: Jira 7 javadoc of Issue and jira-api source (java.sql.Timestamp; the resolution date is
    // null while the issue is unresolved).
    java.sql.Timestamp getCreated();

    java.sql.Timestamp getResolutionDate();
}
