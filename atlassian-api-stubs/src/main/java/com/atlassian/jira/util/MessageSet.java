package com.atlassian.jira.util;

import java.util.Set;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.util.MessageSet (interface, extends Serializable).
// Checked against a public copy of the jira-api source (@PublicApi, "@since v3.13"; the copy names no release):
// "public interface MessageSet extends Serializable" declaring boolean hasAnyErrors() and Set<String>
// getErrorMessages(), among others. A Jira 9/10-labelled copy was not found.
public interface MessageSet extends java.io.Serializable {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
