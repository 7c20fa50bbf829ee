package com.atlassian.jira.avatar;

// Checked against: testit-tms/jira-plugin (commit 987b3c2d, TestCaseIssueType.java; one source tree compiled against jira-api 8.20.30 and 11.3.6) and the Jira 7 javadoc (public final class; Emerald passes null, as the known callers do).
public final class Selection {

    public Selection(int x, int y, int width, int height) {
    }
}
