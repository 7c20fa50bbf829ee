package com.atlassian.jira.icon;

// Checked against: testit-tms/jira-plugin (commit 987b3c2d, TestCaseIssueType.java; one source tree compiled against jira-api 8.20.30 and 11.3.6) and the Jira 7 javadoc (a class constructed with new IconOwningObjectId(String)).
public class IconOwningObjectId {

    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return id;
    }
}
