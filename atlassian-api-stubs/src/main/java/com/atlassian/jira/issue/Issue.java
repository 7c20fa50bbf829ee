package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.Issue (interface); only the members Emerald calls. getIssueType,
// getProjectObject, getStatus and getCustomFieldValue as declared in jira-api 7.x and 8.8.1;
// getIssueTypeId() returning String is the long-standing API, not confirmed for 7.x or later.
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    String getIssueTypeId();

    Project getProjectObject();

    Status getStatus();

    Object getCustomFieldValue(CustomField customField);

    // getCreated and getResolutionDate return java.sql.Timestamp in jira-api 7.x; the resolution date is
    // null while the issue is unresolved.
    java.sql.Timestamp getCreated();

    java.sql.Timestamp getResolutionDate();

    // getAssignee returns the assignee as com.atlassian.jira.user.ApplicationUser, null when unassigned (jira-api 7.x and 8.x).
    com.atlassian.jira.user.ApplicationUser getAssignee();
}
