package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// Checked against: jira-api source com/atlassian/jira/issue/status/Status.java (interface, extends IssueConstant).
public interface Status {

    StatusCategory getStatusCategory();
}
