package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

// Checked against: Jira 7 javadoc jira/latest/com/atlassian/jira/exception/CreateException.html and the
// Jira 10.2.0 JiraException page listing it as a direct subclass.
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
