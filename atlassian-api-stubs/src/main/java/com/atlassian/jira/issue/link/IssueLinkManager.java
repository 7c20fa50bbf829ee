package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// Checked against: Jira 7 javadoc jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html and
// cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface). removeIssueLink declares no checked exception in 8.8.1 (a caller there compiles without a catch).
public interface IssueLinkManager {

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    boolean isLinkingEnabled();
}
