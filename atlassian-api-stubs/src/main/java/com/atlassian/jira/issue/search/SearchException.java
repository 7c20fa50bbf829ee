package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.search.SearchException (class, as declared in jira-api 7.0.8;
// a direct subclass of JiraException in jira-api 10.2.0).
public class SearchException extends JiraException {

    public SearchException() {
    }

    public SearchException(String msg) {
        super(msg);
    }

    public SearchException(Exception e) {
        super(e);
    }

    public SearchException(String msg, Exception e) {
        super(msg, e);
    }
}
