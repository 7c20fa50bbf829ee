package com.emeraldokr.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.IssueLinks;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link IssueLinks} as ordinary Jira issue links of Emerald's link types, created and removed as
 * the logged-in user so they appear in the issue's history and in JQL ({@code issueLinkType}).
 */
@Named
public class JiraIssueLinks implements IssueLinks {

    private final IssueLinkManager linkManager;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final EmeraldJiraSettings settings;

    @Inject
    public JiraIssueLinks(@ComponentImport IssueLinkManager linkManager, @ComponentImport IssueManager issueManager,
                          @ComponentImport PermissionManager permissionManager,
                          @ComponentImport JiraAuthenticationContext authenticationContext, EmeraldJiraSettings settings) {
        this.linkManager = linkManager;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.settings = settings;
    }

    @Override
    public boolean mayLink(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue != null && linkManager.isLinkingEnabled() && permissionManager.hasPermission(
                ProjectPermissions.LINK_ISSUES, issue, authenticationContext.getLoggedInUser());
    }

    @Override
    public boolean exists(long sourceIssueId, long targetIssueId, Kind kind) {
        return linkManager.getIssueLink(sourceIssueId, targetIssueId, linkTypeId(kind)) != null;
    }

    @Override
    public void link(long sourceIssueId, long targetIssueId, Kind kind) {
        try {
            linkManager.createIssueLink(sourceIssueId, targetIssueId, linkTypeId(kind), null,
                    authenticationContext.getLoggedInUser());
        } catch (CreateException e) {
            throw new IllegalStateException("Jira could not create the link: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean unlink(long sourceIssueId, long targetIssueId, Kind kind) {
        IssueLink link = linkManager.getIssueLink(sourceIssueId, targetIssueId, linkTypeId(kind));
        if (link == null) {
            return false;
        }
        linkManager.removeIssueLink(link, authenticationContext.getLoggedInUser());
        return true;
    }

    /** One read of each target's inward links; Jira serves them from its link cache. */
    @Override
    public Map<Long, List<Long>> sourcesOf(Collection<Long> targetIssueIds, Kind kind) {
        return linked(targetIssueIds, kind, linkManager::getInwardLinks, IssueLink::getSourceId);
    }

    @Override
    public Map<Long, List<Long>> targetsOf(Collection<Long> sourceIssueIds, Kind kind) {
        return linked(sourceIssueIds, kind, linkManager::getOutwardLinks, IssueLink::getDestinationId);
    }

    private Map<Long, List<Long>> linked(Collection<Long> issueIds, Kind kind, Function<Long, List<IssueLink>> read,
                                         Function<IssueLink, Long> otherEnd) {
        Long typeId = linkTypeId(kind);
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        for (Long id : issueIds.stream().distinct().toList()) {
            List<Long> others = new ArrayList<>();
            for (IssueLink link : read.apply(id)) {
                if (typeId.equals(link.getLinkTypeId())) {
                    others.add(otherEnd.apply(link));
                }
            }
            if (!others.isEmpty()) {
                found.put(id, others);
            }
        }
        return found;
    }

    private Long linkTypeId(Kind kind) {
        return settings.linkTypeId(kind).orElseThrow(() -> new IllegalStateException(
                "Emerald's link types are not set up yet; an administrator runs the issue setup first"));
    }
}
