package com.atlassian.jira.icon;

// Checked against: testit-tms/jira-plugin (commit 987b3c2d, TestCaseIssueType.java; one source tree compiled against jira-api 8.20.30 and 11.3.6) and the Jira 7 javadoc (public class, not final; ISSUE_TYPE_ICON_TYPE is a static field of its own type).
public class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    protected IconType() {
    }
}
