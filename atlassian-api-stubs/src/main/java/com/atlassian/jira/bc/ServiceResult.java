package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.bc.ServiceResult (interface); members as declared in jira-api 6.x, 7.x and 8.8.1; the type names are unchanged in Jira 10.6.
public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
