package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.link.IssueLinkManager (interface); members as declared in jira-api 7.x
// and 8.8.1. removeIssueLink declares no checked exception in 8.8.1.
public interface IssueLinkManager {

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    boolean isLinkingEnabled();
}
