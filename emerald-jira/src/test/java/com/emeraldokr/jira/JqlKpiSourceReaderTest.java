package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.domain.kpi.KpiSource.Aggregate;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** KPI sources over a mocked SearchService: checking queries, and aggregating over pages of issues. */
class JqlKpiSourceReaderTest {

    private static final String JQL = "project = OKR AND type = Bug";
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    private final SearchService search = mock(SearchService.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private final CustomField storyPoints = mock(CustomField.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    /** The KPI's owner; the logged-in user (none at all when the scheduler runs) plays no part in measuring. */
    private final ApplicationUser owner = mock(ApplicationUser.class);
    private final Project okr = mock(Project.class);
    private final JqlKpiSourceReader reader = new JqlKpiSourceReader(search, customFields, authentication, users, permissions,
            projects, new BundleMessages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void fakeJira() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(users.getUserByKey("owner")).thenReturn(owner);
        when(owner.isActive()).thenReturn(true);
        when(projects.getProjectObjByKey("OKR")).thenReturn(okr);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, okr, owner)).thenReturn(true);
        when(search.parseQuery(any(), eq(JQL))).thenReturn(new SearchService.ParseResult(query, messages()));
        when(customFields.getCustomFieldObject("customfield_10002")).thenReturn(storyPoints);
        when(customFields.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());
        when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(storyPoints));
    }

    /** Jira's messages; a plain value rather than a mock, so it can be built while another stubbing is under way. */
    private record JiraMessages(Set<String> getErrorMessages) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !getErrorMessages.isEmpty();
        }
    }

    private static MessageSet messages(String... errors) {
        return new JiraMessages(new LinkedHashSet<>(Arrays.asList(errors)));
    }

    private Issue withValue(Object value) {
        Issue issue = mock(Issue.class);
        when(issue.getCustomFieldValue(storyPoints)).thenReturn(value);
        return issue;
    }

    private static Issue created(Duration ago, Duration resolvedAfter) {
        Issue issue = mock(Issue.class);
        Instant created = NOW.minus(ago);
        when(issue.getCreated()).thenReturn(Timestamp.from(created));
        when(issue.getResolutionDate()).thenReturn(resolvedAfter == null ? null : Timestamp.from(created.plus(resolvedAfter)));
        return issue;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<PagerFilter> pagers(int searches) throws SearchException {
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(searches)).search(eq(owner), eq(query), pager.capture());
        return pager.getAllValues();
    }

    // --- problems

    @Test
    void aValidCountQueryHasNoProblems() {
        when(search.validateQuery(user, query)).thenReturn(messages());

        assertThat(reader.problems(new KpiSource(JQL, Aggregate.COUNT, null))).isEmpty();
        verify(search).parseQuery(user, JQL);
    }

    @Test
    void anUnparseableQueryReportsJirasParseErrorsWithoutValidating() {
        when(search.parseQuery(any(), eq("project = ("))).thenReturn(new SearchService.ParseResult(null,
                messages("Error in the JQL Query: Expecting either a value, list or function but got '('.")));

        List<String> problems = reader.problems(new KpiSource("project = (", Aggregate.COUNT, null));

        assertThat(problems).containsExactly("Error in the JQL Query: Expecting either a value, list or function but got '('.");
        verify(search, never()).validateQuery(any(), any());
    }

    @Test
    void aParseableButInvalidQueryReportsTheValidatorsErrors() {
        when(search.validateQuery(user, query)).thenReturn(messages("The value 'NOPE' does not exist for the field 'project'."));

        assertThat(reader.problems(new KpiSource(JQL, Aggregate.COUNT, null)))
                .containsExactly("The value 'NOPE' does not exist for the field 'project'.");
    }

    @Test
    void anUnknownFieldIdForSumIsNamed() {
        when(search.validateQuery(user, query)).thenReturn(messages());

        List<String> problems = reader.problems(new KpiSource(JQL, Aggregate.SUM, "customfield_99999"));

        assertThat(problems).singleElement().asString().contains("customfield_99999");
        verify(customFields).getCustomFieldObject("customfield_99999");
    }

    @Test
    void anUnknownFieldNameForAverageIsNamed() {
        when(search.validateQuery(user, query)).thenReturn(messages());

        List<String> problems = reader.problems(new KpiSource(JQL, Aggregate.AVERAGE, "Business value"));

        assertThat(problems).singleElement().asString().contains("Business value");
        verify(customFields).getCustomFieldObjectsByName("Business value");
        verify(customFields, never()).getCustomFieldObject(anyString());
    }

    @Test
    void aFieldIsFoundByIdOrByName() {
        when(search.validateQuery(user, query)).thenReturn(messages());

        assertThat(reader.problems(new KpiSource(JQL, Aggregate.SUM, "customfield_10002"))).isEmpty();
        assertThat(reader.problems(new KpiSource(JQL, Aggregate.AVERAGE, "Story Points"))).isEmpty();
    }

    @Test
    void parseErrorsAndAnUnknownFieldAreBothReported() {
        when(search.parseQuery(any(), eq("nonsense ("))).thenReturn(new SearchService.ParseResult(null, messages("Bad JQL.")));

        List<String> problems = reader.problems(new KpiSource("nonsense (", Aggregate.SUM, "Nope field"));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo("Bad JQL.");
        assertThat(problems.get(1)).contains("Nope field");
    }

    // --- measure: COUNT

    @Test
    void countReadsOnePageOfOneAndReturnsTheTotal() throws Exception {
        Issue issue = mock(Issue.class);
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(List.of(issue), 57, 1, 0));

        Optional<BigDecimal> count = reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", "OKR");

        assertThat(count).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("57"));
        List<PagerFilter> pagers = pagers(1);
        assertThat(pagers.get(0).getStart()).isZero();
        assertThat(pagers.get(0).getMax()).isEqualTo(1);
    }

    @Test
    void countIsNotLimitedByTheIssueCap() throws Exception {
        Issue issue = mock(Issue.class);
        when(search.search(eq(owner), eq(query), any()))
                .thenReturn(new SearchResults<>(List.of(issue), JqlKpiSourceReader.MAX_ISSUES + 5, 1, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", "OKR"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(String.valueOf(JqlKpiSourceReader.MAX_ISSUES + 5)));
    }

    @Test
    void countOfNothingIsZero() throws Exception {
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(List.of(), 0, 1, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", "OKR"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    // --- measure: SUM and AVERAGE

    /** 1500 issues: the first page holds a thousand, the second five hundred. */
    private void fifteenHundredIssues(List<Issue> firstPage, List<Issue> secondPage) throws SearchException {
        Issue blank = withValue(null);
        List<Issue> first = new ArrayList<>(firstPage);
        while (first.size() < 1000) {
            first.add(blank);
        }
        List<Issue> second = new ArrayList<>(secondPage);
        while (second.size() < 500) {
            second.add(blank);
        }
        when(search.search(eq(owner), eq(query), any())).thenAnswer(i -> {
            PagerFilter<?> pager = i.getArgument(2);
            return switch (pager.getStart()) {
                case 0 -> new SearchResults<>(first, 1500, pager.getMax(), 0);
                case 1000 -> new SearchResults<>(second, 1500, pager.getMax(), 1000);
                default -> throw new AssertionError("unexpected page start " + pager.getStart());
            };
        });
    }

    @Test
    void sumReadsEveryPageAndSkipsIssuesWithoutANumber() throws Exception {
        List<Issue> first = List.of(withValue(3.0), withValue(5), withValue("8"));
        List<Issue> second = List.of(withValue(2.5), withValue(null));
        fifteenHundredIssues(first, second);

        Optional<BigDecimal> sum = reader.measure(new KpiSource(JQL, Aggregate.SUM, "customfield_10002"), "owner", "OKR");

        assertThat(sum).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10.5"));
        List<PagerFilter> pagers = pagers(2);
        assertThat(pagers).extracting(PagerFilter::getStart).containsExactly(0, 1000);
        assertThat(pagers).extracting(PagerFilter::getMax).containsOnly(JqlKpiSourceReader.PAGE_SIZE);
    }

    @Test
    void averageIsOverTheIssuesWithAValueRoundedToTwoDecimals() throws Exception {
        List<Issue> first = List.of(withValue(1), withValue(2.0));
        List<Issue> second = List.of(withValue(2L), withValue(null));
        fifteenHundredIssues(first, second);

        Optional<BigDecimal> average = reader.measure(new KpiSource(JQL, Aggregate.AVERAGE, "Story Points"), "owner", "OKR");

        assertThat(average).contains(new BigDecimal("1.67"));
        pagers(2);
    }

    @Test
    void averageWithoutAnyValueIsEmpty() throws Exception {
        fifteenHundredIssues(List.of(), List.of());

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.AVERAGE, "customfield_10002"), "owner", "OKR")).isEmpty();
    }

    @Test
    void aSinglePageIsReadOnce() throws Exception {
        List<Issue> issues = List.of(withValue(4), withValue(6));
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(issues, 2, 1000, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.AVERAGE, "customfield_10002"), "owner", "OKR")).contains(new BigDecimal("5.00"));
        pagers(1);
    }

    @Test
    void anUnknownFieldFailsTheMeasurementAndNamesIt() throws Exception {
        assertThatThrownBy(() -> reader.measure(new KpiSource(JQL, Aggregate.SUM, "Missing points"), "owner", "OKR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Missing points");
        verify(search, never()).search(eq(owner), any(), any());
    }

    // --- measure: ages

    @Test
    void averageAgeIsInDaysSinceCreationAgainstTheClock() throws Exception {
        List<Issue> issues = List.of(created(Duration.ofDays(1), null), created(Duration.ofDays(2), Duration.ofHours(1)),
                mock(Issue.class));
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(issues, 3, 1000, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.AVERAGE_AGE_DAYS, null), "owner", "OKR")).contains(new BigDecimal("1.50"));
    }

    @Test
    void averageResolutionTimeCountsOnlyResolvedIssues() throws Exception {
        List<Issue> issues = List.of(created(Duration.ofDays(30), Duration.ofDays(2)),
                created(Duration.ofDays(10), Duration.ofHours(36)), created(Duration.ofDays(100), null));
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(issues, 3, 1000, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.AVERAGE_RESOLUTION_DAYS, null), "owner", "OKR")).contains(new BigDecimal("1.75"));
    }

    @Test
    void noResolvedIssueMeansNoResolutionTime() throws Exception {
        List<Issue> issues = List.of(created(Duration.ofDays(3), null));
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(issues, 1, 1000, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.AVERAGE_RESOLUTION_DAYS, null), "owner", "OKR")).isEmpty();
    }

    // --- measure: failures

    @Test
    void tooManyIssuesAreRefusedWithoutReadingFurther() throws Exception {
        List<Issue> issues = List.of(withValue(1));
        when(search.search(eq(owner), eq(query), any()))
                .thenReturn(new SearchResults<>(issues, JqlKpiSourceReader.MAX_ISSUES + 1, 1000, 0));

        assertThatThrownBy(() -> reader.measure(new KpiSource(JQL, Aggregate.SUM, "customfield_10002"), "owner", "OKR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Narrow the query");
        pagers(1);
    }

    @Test
    void exactlyTheCapIsStillMeasured() throws Exception {
        Issue one = withValue(1);
        when(search.search(eq(owner), eq(query), any())).thenAnswer(i -> {
            PagerFilter<?> pager = i.getArgument(2);
            return new SearchResults<>(List.of(one), JqlKpiSourceReader.MAX_ISSUES, pager.getMax(), pager.getStart());
        });

        Optional<BigDecimal> sum = reader.measure(new KpiSource(JQL, Aggregate.SUM, "customfield_10002"), "owner", "OKR");

        int pages = JqlKpiSourceReader.MAX_ISSUES / JqlKpiSourceReader.PAGE_SIZE;
        assertThat(sum).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(String.valueOf(pages)));
        assertThat(pagers(pages)).extracting(PagerFilter::getStart).last()
                .isEqualTo(JqlKpiSourceReader.MAX_ISSUES - JqlKpiSourceReader.PAGE_SIZE);
    }

    @Test
    void aSearchExceptionBecomesAnIllegalStateException() throws Exception {
        when(search.search(eq(owner), eq(query), any())).thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", "OKR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("index unavailable")
                .hasCauseInstanceOf(SearchException.class);
    }

    @Test
    void aQueryThatNoLongerParsesFailsTheMeasurement() throws Exception {
        when(search.parseQuery(any(), eq("sprint = 5"))).thenReturn(new SearchService.ParseResult(null,
                messages("Field 'sprint' does not exist.")));

        assertThatThrownBy(() -> reader.measure(new KpiSource("sprint = 5", Aggregate.COUNT, null), "owner", "OKR"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Field 'sprint' does not exist.");
        verify(search, never()).search(eq(owner), any(), any());
    }

    // --- measure: as the KPI's owner

    @Test
    void theQueryRunsAsTheOwnerWithTheOwnersPermissionsNotAsWhoeverTriggersIt() throws Exception {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(List.of(mock(Issue.class)), 3, 1, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", "OKR"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        verify(search).parseQuery(owner, JQL);
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
        verify(search, never()).search(eq(null), any(), any());
    }

    @Test
    void anOwnerWhoIsGoneDeactivatedOrMayNotBrowseTheProjectGetsNothingMeasured() throws Exception {
        ApplicationUser deactivated = mock(ApplicationUser.class);
        when(users.getUserByKey("left")).thenReturn(deactivated);
        ApplicationUser outsider = mock(ApplicationUser.class);
        when(outsider.isActive()).thenReturn(true);
        when(users.getUserByKey("outsider")).thenReturn(outsider);
        KpiSource count = new KpiSource(JQL, Aggregate.COUNT, null);

        for (String[] ownerAndProject : new String[][] {{"gone", "OKR"}, {null, "OKR"}, {"left", "OKR"}, {"outsider", "OKR"},
                {"owner", "DELETED"}}) {
            assertThatThrownBy(() -> reader.measure(count, ownerAndProject[0], ownerAndProject[1]))
                    .as("owner %s, project %s", ownerAndProject[0], ownerAndProject[1])
                    .isInstanceOfSatisfying(KpiOwnerUnavailableException.class,
                            e -> assertThat(e.ownerKey()).isEqualTo(ownerAndProject[0]));
        }
        verify(search, never()).search(any(), any(), any());
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    void aCompanyWideKpiNeedsOnlyAnActiveOwner() throws Exception {
        when(search.search(eq(owner), eq(query), any())).thenReturn(new SearchResults<>(List.of(), 0, 1, 0));

        assertThat(reader.measure(new KpiSource(JQL, Aggregate.COUNT, null), "owner", null)).isPresent();
        verify(permissions, never()).hasPermission(any(), any(Project.class), any());
    }
}
