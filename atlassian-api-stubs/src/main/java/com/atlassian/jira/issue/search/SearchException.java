package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

// Checked against: Jira 7.0.8 javadoc jira/7.0.8/com/atlassian/jira/issue/search/SearchException.html and the
// Jira 10.2.0 JiraException page listing it as a direct subclass.
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
