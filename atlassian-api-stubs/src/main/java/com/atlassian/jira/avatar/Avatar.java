package com.atlassian.jira.avatar;

// Checked against: testit-tms/jira-plugin (commit 987b3c2d, TestCaseIssueType.java; one source tree compiled against jira-api 8.20.30 and 11.3.6) and the Jira 7 javadoc (interface; getId() returns Long).
public interface Avatar {

    Long getId();
}
