package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.exception.CreateException (class, as declared in jira-api 7.x;
// a direct subclass of JiraException in jira-api 10.2.0).
public class CreateException extends JiraException {

    public CreateException() {
    }

    public CreateException(String msg) {
        super(msg);
    }

    public CreateException(Exception e) {
        super(e);
    }

    public CreateException(String msg, Exception e) {
        super(msg, e);
    }
}
