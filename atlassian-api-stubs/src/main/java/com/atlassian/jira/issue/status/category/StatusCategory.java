package com.atlassian.jira.issue.status.category;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.status.category.StatusCategory (since 6.1;
// interface, extends Serializable and Comparable; key constants as interface fields).
public interface StatusCategory extends java.io.Serializable, Comparable<StatusCategory> {

    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    String getKey();
}
