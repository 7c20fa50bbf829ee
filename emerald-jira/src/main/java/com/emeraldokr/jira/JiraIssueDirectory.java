package com.emeraldokr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IssueDirectory} on Jira's issue manager, filtered by the browse permission of the logged-in
 * user. Reads go through Jira's issue cache; batching by JQL search comes with the epic progress work.
 */
@Named
public class JiraIssueDirectory implements IssueDirectory {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final EmeraldJiraSettings settings;

    /** Jira Software's epic issue type keeps this name unless an admin renames it. */
    static final String EPIC_TYPE_NAME = "Epic";

    @Inject
    public JiraIssueDirectory(@ComponentImport IssueManager issueManager,
                              @ComponentImport PermissionManager permissionManager,
                              @ComponentImport JiraAuthenticationContext authenticationContext,
                              EmeraldJiraSettings settings) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.settings = settings;
    }

    @Override
    public Optional<IssueDetails> findVisibleDetails(String issueKey) {
        Issue issue = issueManager.getIssueObject(issueKey);
        return visible(issue).map(summary -> new IssueDetails(summary, issue.getProjectObject().getKey(), role(issue)));
    }

    @Override
    public boolean mayEdit(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue,
                authenticationContext.getLoggedInUser());
    }

    private IssueRole role(Issue issue) {
        String typeId = issue.getIssueTypeId();
        if (typeId != null && settings.issueTypeId(EmeraldJiraSettings.OBJECTIVE).filter(typeId::equals).isPresent()) {
            return IssueRole.OBJECTIVE;
        }
        if (typeId != null && settings.issueTypeId(EmeraldJiraSettings.KEY_RESULT).filter(typeId::equals).isPresent()) {
            return IssueRole.KEY_RESULT;
        }
        IssueType type = issue.getIssueType();
        return type != null && EPIC_TYPE_NAME.equals(type.getName()) ? IssueRole.EPIC : IssueRole.OTHER;
    }

    @Override
    public Optional<IssueSummary> findVisibleByKey(String issueKey) {
        return visible(issueManager.getIssueObject(issueKey));
    }

    @Override
    public Map<Long, IssueSummary> findVisibleByIds(Collection<Long> issueIds) {
        Map<Long, IssueSummary> found = new LinkedHashMap<>();
        for (Long id : issueIds) {
            visible(issueManager.getIssueObject(id)).ifPresent(s -> found.put(s.id(), s));
        }
        return found;
    }

    private Optional<IssueSummary> visible(Issue issue) {
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                authenticationContext.getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(new IssueSummary(issue.getId(), issue.getKey(), issue.getSummary()));
    }
}
