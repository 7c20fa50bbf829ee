package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.bc.ServiceResultImpl (class implementing ServiceResult and Serializable; valid when the collection has no errors); members as declared in jira-api 6.x, 7.x and 8.8.1; the type names are unchanged in Jira 10.6.
public class ServiceResultImpl implements ServiceResult, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
