package com.atlassian.jira.util;

import java.util.Set;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.util.MessageSet (interface, extends Serializable).
public interface MessageSet extends java.io.Serializable {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
