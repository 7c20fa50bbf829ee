package com.atlassian.jira.issue.status.category;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.status.category.StatusCategory (since 6.1;
// interface, extends Serializable and Comparable; key constants as interface fields).
// Checked against a public copy of the jira-api source (@PublicApi, "@since v6.1"; the copy names no release):
// "public interface StatusCategory extends Serializable, Comparable<StatusCategory>", getKey(), and the constants
// UNDEFINED = "undefined", TO_DO = "new", IN_PROGRESS = "indeterminate", COMPLETE = "done" declared in the interface
// (so compile-time constants: Emerald's bytecode holds the strings, not a reference to these fields). The same key
// strings are the status-category keys Jira's REST API reports. A Jira 9/10-labelled copy was not found.
public interface StatusCategory extends java.io.Serializable, Comparable<StatusCategory> {

    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    String getKey();
}
