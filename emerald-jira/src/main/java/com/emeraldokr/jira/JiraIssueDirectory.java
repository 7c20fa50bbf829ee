package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.Assignee;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link IssueDirectory} on Jira, as the logged-in user sees it. One issue by key comes from Jira's issue
 * manager with a browse-permission check; many issues by id come from batched JQL searches as the user,
 * and so does the issue picker, so Jira's permissions and issue security filter what they find.
 */
@Named
public class JiraIssueDirectory implements IssueDirectory {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final EmeraldJiraSettings settings;
    private final SearchService searchService;

    /** Ids per search: keeps each JQL short for Jira's parser, and a dashboard's ids take a few searches. */
    static final int IDS_PER_SEARCH = 500;

    /** Jira Software's epic issue type keeps this name unless an admin renames it. */
    static final String EPIC_TYPE_NAME = "Epic";

    @Inject
    public JiraIssueDirectory(@ComponentImport IssueManager issueManager,
                              @ComponentImport PermissionManager permissionManager,
                              @ComponentImport JiraAuthenticationContext authenticationContext,
                              @ComponentImport SearchService searchService, EmeraldJiraSettings settings) {
        this.issueManager = issueManager;
        this.searchService = searchService;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.settings = settings;
    }

    @Override
    public Optional<IssueDetails> findVisibleDetails(String issueKey) {
        Issue issue = issueManager.getIssueObject(issueKey);
        return visible(issue).map(summary -> details(issue, summary));
    }

    @Override
    public Map<Long, IssueDetails> findVisibleDetailsByIds(Collection<Long> issueIds) {
        Map<Long, IssueDetails> found = new LinkedHashMap<>();
        searchByIds(issueIds).forEach((id, issue) ->
                found.put(id, details(issue, new IssueSummary(issue.getId(), issue.getKey(), issue.getSummary()))));
        return found;
    }

    /**
     * The issues among {@code issueIds} the logged-in user may browse, in the order asked: one JQL search per
     * {@value #IDS_PER_SEARCH} ids ({@code id in (…)}), run as the user, so Jira's permission schemes and issue
     * security decide what comes back, with no lookup or permission check per issue.
     */
    private Map<Long, Issue> searchByIds(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().filter(id -> id != null && id > 0).distinct().toList();
        Map<Long, Issue> byId = new HashMap<>();
        ApplicationUser user = authenticationContext.getLoggedInUser();
        for (int from = 0; from < ids.size(); from += IDS_PER_SEARCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_SEARCH));
            String jql = "id in (" + batch.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
            if (!parsed.isValid()) {
                throw new IllegalStateException("Jira rejected Emerald's issue query: "
                        + String.join(" ", parsed.getErrors().getErrorMessages()));
            }
            try {
                for (Issue issue : searchService.search(user, parsed.getQuery(), new PagerFilter<>(0, batch.size())).getResults()) {
                    byId.put(issue.getId(), issue);
                }
            } catch (SearchException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        Map<Long, Issue> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            Issue issue = byId.get(id);
            if (issue != null) {
                ordered.put(id, issue);
            }
        }
        return ordered;
    }

    /** One page of Jira's search as the logged-in user: only issues the user may browse come back. */
    @Override
    public List<IssueDetails> search(String text, IssueRole role, int limit) {
        Optional<String> typeClause = typeClause(role);
        if (role != null && typeClause.isEmpty()) {
            return List.of(); // Emerald's issue type is not installed: no issue can have that role
        }
        Optional<String> jql = IssuePickerJql.of(text, typeClause.orElse(null));
        if (jql.isEmpty()) {
            return List.of();
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql.get());
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira rejected Emerald's issue-picker query " + jql.get() + ": "
                    + String.join(" ", parsed.getErrors().getErrorMessages()));
        }
        List<IssueDetails> found = new ArrayList<>();
        try {
            for (Issue issue : searchService.search(user, parsed.getQuery(), new PagerFilter<>(0, limit)).getResults()) {
                found.add(details(issue, new IssueSummary(issue.getId(), issue.getKey(), issue.getSummary())));
            }
        } catch (SearchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Optional<String> key = IssuePickerJql.key(text);
        found.sort(Comparator.comparing((IssueDetails d) -> key.isEmpty() || !key.get().equals(d.key())));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** The JQL clause on the issue type a role means; empty for any type, or when Emerald's type is not installed. */
    private Optional<String> typeClause(IssueRole role) {
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case OBJECTIVE -> settings.issueTypeId(EmeraldJiraSettings.OBJECTIVE).map(IssuePickerJql::typeId);
            case KEY_RESULT -> settings.issueTypeId(EmeraldJiraSettings.KEY_RESULT).map(IssuePickerJql::typeId);
            case EPIC -> Optional.of("issuetype = " + IssuePickerJql.quoted(EPIC_TYPE_NAME));
            case OTHER -> Optional.empty();
        };
    }

    private IssueDetails details(Issue issue, IssueSummary summary) {
        ApplicationUser assignee = issue.getAssignee();
        return new IssueDetails(summary, issue.getProjectObject().getKey(), role(issue),
                assignee == null ? null : new Assignee(assignee.getKey(), assignee.getDisplayName()));
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
        searchByIds(issueIds).forEach((id, issue) -> found.put(id, new IssueSummary(issue.getId(), issue.getKey(), issue.getSummary())));
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
