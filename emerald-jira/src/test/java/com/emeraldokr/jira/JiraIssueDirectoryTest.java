package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.emeraldokr.core.port.Assignee;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraIssueDirectoryTest {

    private static final String OBJECTIVE_TYPE = "10000";
    private static final String KEY_RESULT_TYPE = "10001";

    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final MutableIssue visible = issue(10L, "OKR-1", "Delight developers");
    private final MutableIssue hidden = issue(11L, "HR-7", "Salary bands");
    private final FakePluginSettings settings = new FakePluginSettings();
    private final SearchService searchService = mock(SearchService.class);
    private final JiraIssueDirectory directory = new JiraIssueDirectory(issueManager, permissions, authentication,
            searchService, settings.settings());

    private static MutableIssue issue(long id, String key, String summary) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        return issue;
    }

    private static IssueType type(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    /** A browsable issue of the given type in project OKR. */
    private MutableIssue typed(long id, String key, IssueType type) {
        String typeId = type == null ? null : type.getId();
        MutableIssue issue = issue(id, key, "Summary of " + key);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getIssueTypeId()).thenReturn(typeId);
        when(issueManager.getIssueObject(key)).thenReturn(issue);
        when(permissions.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(issue), same(user))).thenReturn(true);
        return issue;
    }

    @BeforeEach
    void setUp() {
        settings.put(EmeraldJiraSettings.issueTypeKey(EmeraldJiraSettings.OBJECTIVE), OBJECTIVE_TYPE)
                .put(EmeraldJiraSettings.issueTypeKey(EmeraldJiraSettings.KEY_RESULT), KEY_RESULT_TYPE);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(issueManager.getIssueObject("OKR-1")).thenReturn(visible);
        when(issueManager.getIssueObject("HR-7")).thenReturn(hidden);
        when(issueManager.getIssueObject(10L)).thenReturn(visible);
        when(issueManager.getIssueObject(11L)).thenReturn(hidden);
        when(permissions.hasPermission(any(), eq(visible), eq(user))).thenReturn(true);
        when(permissions.hasPermission(any(), eq(hidden), eq(user))).thenReturn(false);
    }

    @Test
    void editingNeedsTheEditIssuesPermissionOnThatIssue() {
        MutableIssue editable = issue(20, "OKR-20", "Editable");
        MutableIssue readOnly = issue(21, "OKR-21", "Read only");
        when(issueManager.getIssueObject(20L)).thenReturn(editable);
        when(issueManager.getIssueObject(21L)).thenReturn(readOnly);
        when(permissions.hasPermission(same(ProjectPermissions.EDIT_ISSUES), same(editable), same(user))).thenReturn(true);
        when(permissions.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(readOnly), same(user))).thenReturn(true);

        assertThat(directory.mayEdit(20)).isTrue();
        assertThat(directory.mayEdit(21)).as("browsing is not editing").isFalse();
        assertThat(directory.mayEdit(99)).as("a deleted issue").isFalse();
    }

    @Test
    void anIssueTheUserMayBrowseIsFound() {
        assertThat(directory.findVisibleByKey("OKR-1")).contains(new IssueSummary(10, "OKR-1", "Delight developers"));
    }

    @Test
    void anIssueTheUserMayNotBrowseLooksLikeOneThatDoesNotExist() {
        assertThat(directory.findVisibleByKey("HR-7")).isEqualTo(Optional.empty());
        assertThat(directory.findVisibleByKey("NOPE-1")).isEmpty();
    }

    /** Jira's search as the user: it answers only the issues the user may browse (here: the visible one). */
    private void searchFinds(MutableIssue... browsable) throws Exception {
        when(searchService.parseQuery(same(user), any())).thenAnswer(a ->
                new SearchService.ParseResult(mock(Query.class), new NoMessages()));
        when(searchService.search(same(user), any(), any())).thenReturn(new SearchResults<>(List.of(browsable),
                browsable.length, 500, 0));
    }

    @Test
    void issuesByIdAreThoseJirasSearchFindsAsTheUser() throws Exception {
        searchFinds(visible);

        assertThat(directory.findVisibleByIds(List.of(10L, 11L, 12L)))
                .containsExactly(java.util.Map.entry(10L, new IssueSummary(10, "OKR-1", "Delight developers")));
        verify(searchService).parseQuery(same(user), eq("id in (10, 11, 12)"));
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
        verify(issueManager, never()).getIssueObject(any(Long.class));
        verify(permissions, never()).hasPermission(any(), any(MutableIssue.class), any());
    }

    @Test
    void manyIdsTakeOneSearchPerBatchNeverOneLookupPerIssue() throws Exception {
        searchFinds();
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 1_201).boxed().toList();

        directory.findVisibleDetailsByIds(ids);
        directory.findVisibleByIds(List.of(7L, 7L, 8L));

        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        // ceil(1,201 / 500) = 3 searches for the first read, 1 for the second
        verify(searchService, org.mockito.Mockito.times(4)).search(same(user), any(), pages.capture());
        assertThat(pages.getAllValues()).extracting(PagerFilter::getMax).containsExactly(500, 500, 201, 2);
        verify(searchService).parseQuery(same(user), eq("id in (7, 8)"));
        verify(issueManager, never()).getIssueObject(any(Long.class));
        verify(permissions, never()).hasPermission(any(), any(MutableIssue.class), any());
    }

    @Test
    void noIdsNoSearch() throws Exception {
        assertThat(directory.findVisibleDetailsByIds(List.of())).isEmpty();
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    void theLoggedInUserKeyIsTheCheckInAuthor() {
        when(user.getKey()).thenReturn("JIRAUSER10100");
        assertThat(new JiraCurrentUser(authentication).userKey()).contains("JIRAUSER10100");
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(new JiraCurrentUser(authentication).userKey()).isEmpty();
    }

    // --- findVisibleDetails

    @Test
    void detailsCarryTheSummaryTheProjectKeyAndTheRole() {
        typed(20, "GOALS-3", type(OBJECTIVE_TYPE, "Objective"));

        assertThat(directory.findVisibleDetails("GOALS-3")).contains(new IssueDetails(
                new IssueSummary(20, "GOALS-3", "Summary of GOALS-3"), "GOALS", IssueRole.OBJECTIVE));
    }

    @Test
    void objectivesAndKeyResultsAreRecognisedByTheStoredTypeIdsEvenWhenRenamed() {
        typed(20, "OKR-20", type(OBJECTIVE_TYPE, "Company goal"));
        typed(21, "OKR-21", type(KEY_RESULT_TYPE, "Measure"));

        assertThat(directory.findVisibleDetails("OKR-20")).map(IssueDetails::role).contains(IssueRole.OBJECTIVE);
        assertThat(directory.findVisibleDetails("OKR-21")).map(IssueDetails::role).contains(IssueRole.KEY_RESULT);
    }

    @Test
    void aTypeMerelyNamedObjectiveIsNotEmeraldsObjective() {
        typed(22, "OKR-22", type("3", "Objective"));
        typed(23, "OKR-23", type("4", "Key Result"));

        assertThat(directory.findVisibleDetails("OKR-22")).map(IssueDetails::role).contains(IssueRole.OTHER);
        assertThat(directory.findVisibleDetails("OKR-23")).map(IssueDetails::role).contains(IssueRole.OTHER);
    }

    @Test
    void epicsAreRecognisedByTheTypeNamedEpicAndEverythingElseIsOther() {
        typed(30, "APP-30", type("10100", "Epic"));
        typed(31, "APP-31", type("10101", "Story"));
        typed(32, "APP-32", type("10102", "epic")); // the name match is exact
        typed(33, "APP-33", null);

        assertThat(directory.findVisibleDetails("APP-30")).map(IssueDetails::role).contains(IssueRole.EPIC);
        assertThat(directory.findVisibleDetails("APP-31")).map(IssueDetails::role).contains(IssueRole.OTHER);
        assertThat(directory.findVisibleDetails("APP-32")).map(IssueDetails::role).contains(IssueRole.OTHER);
        assertThat(directory.findVisibleDetails("APP-33")).map(IssueDetails::role).contains(IssueRole.OTHER);
    }

    @Test
    void theStoredIdWinsOverTheEpicName() {
        typed(24, "OKR-24", type(KEY_RESULT_TYPE, "Epic"));

        assertThat(directory.findVisibleDetails("OKR-24")).map(IssueDetails::role).contains(IssueRole.KEY_RESULT);
    }

    @Test
    void beforeTheSetupHasRunNothingIsAnObjectiveOrKeyResult() {
        settings.values.clear();
        typed(20, "OKR-20", type(OBJECTIVE_TYPE, "Objective"));
        typed(30, "APP-30", type("10100", "Epic"));

        assertThat(directory.findVisibleDetails("OKR-20")).map(IssueDetails::role).contains(IssueRole.OTHER);
        assertThat(directory.findVisibleDetails("APP-30")).map(IssueDetails::role).contains(IssueRole.EPIC);
    }

    @Test
    void anIssueTheUserMayNotBrowseHasNoDetails() {
        MutableIssue secret = typed(40, "HR-40", type(OBJECTIVE_TYPE, "Objective"));
        when(permissions.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(secret), same(user))).thenReturn(false);
        when(permissions.hasPermission(same(ProjectPermissions.LINK_ISSUES), same(secret), same(user))).thenReturn(true);

        assertThat(directory.findVisibleDetails("HR-40")).isEmpty();
        assertThat(directory.findVisibleDetails("NOPE-1")).isEmpty();
    }

    // --- owners

    @Test
    void detailsByIdCarryTheAssigneeKeyAndDisplayNameInOneCall() throws Exception {
        MutableIssue owned = typed(50, "OKR-50", type(KEY_RESULT_TYPE, "Key Result"));
        MutableIssue unowned = typed(51, "OKR-51", type(KEY_RESULT_TYPE, "Key Result"));
        MutableIssue secret = typed(52, "HR-52", type(KEY_RESULT_TYPE, "Key Result"));
        ApplicationUser ada = mock(ApplicationUser.class);
        when(ada.getKey()).thenReturn("JIRAUSER10200");
        when(ada.getDisplayName()).thenReturn("Ada Lovelace");
        when(owned.getAssignee()).thenReturn(ada);
        // the secret issue is filtered out by Jira's search as the user
        searchFinds(owned, unowned);

        var found = directory.findVisibleDetailsByIds(List.of(50L, 51L, 52L, 53L));

        assertThat(found).containsOnlyKeys(50L, 51L);
        assertThat(found.get(50L).assignee()).isEqualTo(new Assignee("JIRAUSER10200", "Ada Lovelace"));
        assertThat(found.get(50L).projectKey()).isEqualTo("OKR");
        assertThat(found.get(51L).assignee()).isNull();
    }

    // --- the issue picker

    private SearchService.ParseResult parsed(String jql) {
        SearchService.ParseResult result = new SearchService.ParseResult(mock(Query.class), new NoMessages());
        when(searchService.parseQuery(same(user), eq(jql))).thenReturn(result);
        return result;
    }

    /** Jira's messages without errors; a plain value rather than a mock. */
    private static final class NoMessages implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return false;
        }

        @Override
        public Set<String> getErrorMessages() {
            return Set.of();
        }
    }

    @Test
    void thePickerSearchesAsTheUserForTheRolesTypeAndPutsTheExactKeyFirst() throws Exception {
        MutableIssue byText = typed(60, "OKR-60", type(OBJECTIVE_TYPE, "Objective"));
        MutableIssue byKey = typed(61, "OKR-61", type(OBJECTIVE_TYPE, "Objective"));
        SearchService.ParseResult query = parsed(
                "(summary ~ \"okr 61*\" OR key = \"OKR-61\") AND issuetype = 10000 ORDER BY updated DESC");
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        when(searchService.search(same(user), same(query.getQuery()), pager.capture()))
                .thenReturn(new SearchResults<>(List.of(byText, byKey), 2, 7, 0));

        List<IssueDetails> found = directory.search("okr-61", IssueRole.OBJECTIVE, 7);

        assertThat(found).extracting(IssueDetails::key).containsExactly("OKR-61", "OKR-60");
        assertThat(found).extracting(IssueDetails::role).containsOnly(IssueRole.OBJECTIVE);
        assertThat(pager.getValue().getStart()).isZero();
        assertThat(pager.getValue().getMax()).isEqualTo(7);
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    void epicsAreSearchedByTheEpicTypeAndAnyRoleByNone() throws Exception {
        SearchService.ParseResult epics = parsed("summary ~ \"cache*\" AND issuetype = \"Epic\" ORDER BY updated DESC");
        SearchService.ParseResult any = parsed("summary ~ \"cache*\" ORDER BY updated DESC");
        when(searchService.search(any(), any(), any())).thenReturn(new SearchResults<>(List.of(), 0, 20, 0));

        assertThat(directory.search("cache", IssueRole.EPIC, 20)).isEmpty();
        assertThat(directory.search("cache", null, 20)).isEmpty();

        verify(searchService).search(same(user), same(epics.getQuery()), any());
        verify(searchService).search(same(user), same(any.getQuery()), any());
    }

    @Test
    void beforeTheSetupHasRunNoIssueIsOfferedAsAnObjective() throws Exception {
        settings.values.clear();

        assertThat(directory.search("goal", IssueRole.OBJECTIVE, 20)).isEmpty();
        assertThat(directory.search("***", null, 20)).as("nothing to search for").isEmpty();
        verify(searchService, never()).search(any(), any(), any());
    }
}
