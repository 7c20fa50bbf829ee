package com.atlassian.jira.project;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.project.Project (interface, as declared in jira-api 7.2.0).
public interface Project {

    Long getId();

    String getKey();
}
