package com.atlassian.jira.project;

// Checked against: Jira 7.2.0 javadoc jira/7.2.0/com/atlassian/jira/project/Project.html (interface).
public interface Project {

    Long getId();

    String getKey();
}
