package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.util.ErrorCollection (interface); members as declared in jira-api 6.x, 7.x and 8.8.1; the type names are unchanged in Jira 10.6.
public interface ErrorCollection {

    boolean hasAnyErrors();

    /** Field errors, by field id. */
    Map<String, String> getErrors();

    Collection<String> getErrorMessages();
}
