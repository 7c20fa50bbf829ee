package com.atlassian.jira;

// Mirrors com.atlassian.jira:jira-api 10.2.0: com.atlassian.jira.JiraException (class, extends Exception;
// CreateException, RemoveException and SearchException are its subclasses).
public class JiraException extends Exception {

    public JiraException() {
    }

    public JiraException(String msg) {
        super(msg);
    }

    public JiraException(Throwable cause) {
        super(cause);
    }

    public JiraException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
