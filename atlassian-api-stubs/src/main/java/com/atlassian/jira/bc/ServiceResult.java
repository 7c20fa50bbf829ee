package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Checked against: Jira 6.x jira-api source (turgaycelik/mysource), the Jira 7 javadoc and cures-hub/cures-condec-jira mocks compiled against jira-api 8.8.1; the type names are confirmed for Jira 10.6 by the Jira Software javadoc.
public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
