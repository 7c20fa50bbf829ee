package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.status.Status (interface, extends IssueConstant).
public interface Status {

    StatusCategory getStatusCategory();
}
