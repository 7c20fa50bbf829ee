package com.atlassian.jira.project;

// Checked against: jira-api source of ProjectManager and cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface) (getProjectObjByKey assigned to Project).
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
