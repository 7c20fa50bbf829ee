package com.emeraldokr.core.port;

import com.emeraldokr.core.service.ObjectiveView;

/**
 * Reads OKR data from Jira for a product that does not hold it (Confluence), as the viewing user,
 * so Jira's permissions decide what the reader sees.
 */
public interface OkrDataClient {

    /**
     * @throws com.emeraldokr.core.service.NotFoundException when Jira has no such objective visible to the user
     * @throws OkrDataUnavailableException when Jira cannot be asked (no link, authorisation needed, Jira down)
     */
    ObjectiveView objective(String issueKey);

    /** Where a reader opens an issue in Jira. */
    String issueUrl(String issueKey);
}
