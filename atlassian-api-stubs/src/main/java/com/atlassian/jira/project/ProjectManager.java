package com.atlassian.jira.project;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.project.ProjectManager (interface); getProjectObjByKey returns Project, as declared in jira-api 8.8.1.
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
