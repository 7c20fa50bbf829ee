package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Checked against: Jira 6.x jira-api source (turgaycelik/mysource), the Jira 7 javadoc and cures-hub/cures-condec-jira mocks compiled against jira-api 8.8.1; the type names are confirmed for Jira 10.6 by the Jira Software javadoc (class implementing ServiceResult and Serializable; valid when the collection has no errors).
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
