package com.atlassian.jira.util;

import java.util.Set;

// Checked against: jira-api source com/atlassian/jira/util/MessageSet.java (interface, extends Serializable).
public interface MessageSet extends java.io.Serializable {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
