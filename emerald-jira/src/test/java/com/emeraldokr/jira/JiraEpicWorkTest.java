package com.emeraldokr.jira;

import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.jira.JiraEpicWork.EpicItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A small fake Jira search: the issues in key order (as {@code ORDER BY key ASC} returns them), each child
 * pointing at its epic through the Epic Link field, and a JQL "engine" that understands exactly the two
 * clauses Emerald writes. The cache is a map.
 */
class JiraEpicWorkTest {

    private static final String STORY_POINTS_ID = "customfield_10006";
    private static final Pattern ISSUE_IN = Pattern.compile("issue in \\(([^)]*)\\)");
    private static final Pattern EPIC_LINK_IN = Pattern.compile("\"Epic Link\" in \\(([^)]*)\\)");

    private final SearchService search = mock(SearchService.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final EventPublisher events = mock(EventPublisher.class);
    private final CacheManager cacheManager = mock(CacheManager.class);
    private final FakeCache<Long, EpicItems> cache = new FakeCache<>();
    private final FakePluginSettings settings = new FakePluginSettings();
    private final CustomField epicLink = field("customfield_10100", "Epic Link");
    private final CustomField storyPoints = field(STORY_POINTS_ID, "Story Points");

    private final List<Issue> issues = new ArrayList<>();
    private final Map<Long, Long> epicOfChild = new HashMap<>();
    private final StatusCategory toDo = category(StatusCategory.TO_DO);
    private final StatusCategory complete = category(StatusCategory.COMPLETE);
    /** When set, every page claims this total, whatever the fake finds. */
    private Integer claimedTotal;

    private JiraEpicWork work;

    /** What Jira's parser returns: here just the JQL text, which the fake search reads. */
    private record Jql(String text) implements Query {
    }

    private static CustomField field(String id, String name) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        return field;
    }

    private static StatusCategory category(String key) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(key);
        return category;
    }

    private Status status(StatusCategory category) {
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    private static MessageSet messages(String... errors) {
        MessageSet set = mock(MessageSet.class);
        when(set.hasAnyErrors()).thenReturn(errors.length > 0);
        when(set.getErrorMessages()).thenReturn(Set.of(errors));
        return set;
    }

    /** An issue that is not in Jira's search results (unless added). */
    private Issue issue(long id, String key) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private Issue epic(long id, String key) {
        Issue epic = issue(id, key);
        Status open = status(toDo);
        when(epic.getStatus()).thenReturn(open);
        when(epic.getIssueType()).thenReturn(epicType);
        issues.add(epic);
        return epic;
    }

    private Issue child(long id, String key, Issue epic) {
        return child(id, key, epic, status(toDo));
    }

    private Issue child(long id, String key, Issue epic, Status status) {
        Issue child = issue(id, key);
        when(child.getStatus()).thenReturn(status);
        when(child.getCustomFieldValue(epicLink)).thenReturn(epic);
        epicOfChild.put(id, epic.getId());
        issues.add(child);
        return child;
    }

    private static List<Long> ids(Pattern clause, String jql) {
        Matcher m = clause.matcher(jql);
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    private SearchResults<Issue> fakeSearch(Jql query, PagerFilter<?> pager) {
        List<Long> ids = ids(ISSUE_IN, query.text());
        List<Long> epics = ids(EPIC_LINK_IN, query.text());
        List<Issue> matching = issues.stream()
                .filter(i -> ids.contains(i.getId())
                        || (epicOfChild.containsKey(i.getId()) && epics.contains(epicOfChild.get(i.getId())))).toList();
        int from = Math.min(pager.getStart(), matching.size());
        List<Issue> page = matching.subList(from, Math.min(matching.size(), from + pager.getMax()));
        return new SearchResults<>(page, claimedTotal != null ? claimedTotal : matching.size(), pager.getMax(),
                pager.getStart());
    }

    private final IssueType epicType = mock(IssueType.class);

    @BeforeEach
    void fakeJira() throws Exception {
        when(epicType.getName()).thenReturn(JiraIssueDirectory.EPIC_TYPE_NAME);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(cacheManager.<Long, EpicItems>getCache(eq(JiraEpicWork.CACHE_NAME), isNull(), any())).thenReturn(cache);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        when(customFields.getCustomFieldObject(STORY_POINTS_ID)).thenReturn(storyPoints);
        MessageSet valid = messages();
        when(search.parseQuery(any(), anyString()))
                .thenAnswer(i -> new SearchService.ParseResult(new Jql(i.getArgument(1)), valid));
        when(search.searchOverrideSecurity(any(), any(), any()))
                .thenAnswer(i -> fakeSearch(i.getArgument(1), i.getArgument(2)));
        work = new JiraEpicWork(search, customFields, authentication, events, cacheManager, settings.settings());
    }

    private List<String> searchedJql(int searches) {
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        verify(search, times(searches)).parseQuery(same(user), jql.capture());
        return jql.getAllValues();
    }

    private static List<String> keys(List<WorkItem> items) {
        return items.stream().map(WorkItem::key).toList();
    }

    // --- batching and the JQL

    @Test
    void oneHundredTwentyEpicsAreReadInTwoSearchesPerBatchOfTheirOwn() throws Exception {
        List<Long> epicIds = LongStream.range(1_000, 1_120).boxed().toList();
        for (long id : epicIds) {
            Issue epic = epic(id, "E-" + id);
            child(id + 10_000, "S-" + id, epic);
        }

        Map<Long, List<WorkItem>> found = work.workUnder(epicIds);

        // per batch: the linked issues, then the children of those that are epics
        verify(search, times(6)).searchOverrideSecurity(same(user), any(), any());
        List<String> jql = searchedJql(6);
        List<List<Long>> batches = List.of(epicIds.subList(0, 50), epicIds.subList(50, 100), epicIds.subList(100, 120));
        for (int b = 0; b < 3; b++) {
            assertThat(ids(ISSUE_IN, jql.get(2 * b))).as("issues of batch %d", b).isEqualTo(batches.get(b));
            assertThat(jql.get(2 * b)).doesNotContain("Epic Link").endsWith("ORDER BY key ASC");
            assertThat(ids(EPIC_LINK_IN, jql.get(2 * b + 1))).as("children of batch %d", b).isEqualTo(batches.get(b));
            assertThat(jql.get(2 * b + 1)).doesNotContain("issue in").endsWith("ORDER BY key ASC");
        }
        assertThat(found).hasSize(120);
        assertThat(keys(found.get(1_119L))).containsExactly("S-1119");
    }

    @Test
    void exactlyFiftyEpicsTakeOneSearchAndAnEpicAskedForTwiceIsSearchedOnce() {
        List<Long> epicIds = new ArrayList<>(LongStream.range(1, 51).boxed().toList());
        epicIds.forEach(id -> epic(id, "E-" + id));
        epicIds.add(7L);

        assertThat(work.workUnder(epicIds)).hasSize(50);

        String jql = searchedJql(2).get(0);
        assertThat(ids(ISSUE_IN, jql)).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void withoutAnEpicLinkFieldOnlyTheEpicsThemselvesAreSearched() {
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of());
        Issue epic = epic(1, "APP-1");
        child(2, "APP-2", epic);

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(1L));

        String jql = searchedJql(1).get(0);
        assertThat(jql).isEqualTo("issue in (1) ORDER BY key ASC").doesNotContain("Epic Link");
        assertThat(found.get(1L)).as("an epic is no work of its own").isEmpty();
    }

    @Test
    void aLinkedIssueThatIsNoEpicCountsAsItselfAndStaysOutOfTheEpicLinkQuery() {
        Issue epic = epic(1, "APP-1");
        child(2, "APP-2", epic);
        Issue story = issue(7, "APP-7");
        Status done = status(complete);
        when(story.getStatus()).thenReturn(done);
        issues.add(story);

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(1L, 7L));

        assertThat(keys(found.get(7L))).containsExactly("APP-7");
        assertThat(found.get(7L).get(0).done()).isTrue();
        assertThat(keys(found.get(1L))).containsExactly("APP-2");
        List<String> jql = searchedJql(2);
        assertThat(ids(EPIC_LINK_IN, jql.get(1))).as("Jira's Epic Link clause refuses non-epics").containsExactly(1L);
    }

    @Test
    void nothingAskedNothingSearched() {
        assertThat(work.workUnder(List.of())).isEmpty();
        verify(search, never()).parseQuery(any(), anyString());
    }

    // --- the items

    @Test
    void childrenGoToTheEpicTheirEpicLinkNames() {
        Issue first = issue(3, "APP-3");
        Issue second = issue(5, "APP-5");
        when(first.getIssueType()).thenReturn(epicType);
        when(second.getIssueType()).thenReturn(epicType);
        Status open = status(toDo);
        when(first.getStatus()).thenReturn(open);
        when(second.getStatus()).thenReturn(open);
        child(1, "APP-1", first);
        child(2, "APP-2", second);
        issues.add(first);
        child(4, "APP-4", first);
        issues.add(second);

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(3L, 5L));

        assertThat(found).containsOnlyKeys(3L, 5L);
        assertThat(keys(found.get(3L))).containsExactly("APP-1", "APP-4");
        assertThat(keys(found.get(5L))).containsExactly("APP-2");
    }

    @Test
    void anIssueIsDoneWhenItsStatusCategoryIsDone() {
        Issue epic = epic(1, "APP-1");
        child(2, "APP-2", epic, status(complete));
        child(3, "APP-3", epic, status(category(StatusCategory.IN_PROGRESS)));
        child(4, "APP-4", epic, status(category("Done"))); // keys are lower case; a name is not a key
        child(5, "APP-5", epic, status(null));
        child(6, "APP-6", epic, null);

        List<WorkItem> items = work.workUnder(List.of(1L)).get(1L);

        assertThat(items).extracting(WorkItem::key, WorkItem::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple("APP-2", true),
                org.assertj.core.groups.Tuple.tuple("APP-3", false),
                org.assertj.core.groups.Tuple.tuple("APP-4", false),
                org.assertj.core.groups.Tuple.tuple("APP-5", false),
                org.assertj.core.groups.Tuple.tuple("APP-6", false));
    }

    @Test
    void storyPointsAreReadFromTheConfiguredField() {
        settings.put(EmeraldJiraSettings.STORY_POINTS_FIELD, STORY_POINTS_ID);
        Issue epic = epic(1, "APP-1");
        when(epic.getCustomFieldValue(storyPoints)).thenReturn(8.0);
        when(child(2, "APP-2", epic).getCustomFieldValue(storyPoints)).thenReturn(3.5);
        when(child(3, "APP-3", epic).getCustomFieldValue(storyPoints)).thenReturn(2);
        child(4, "APP-4", epic); // not estimated
        when(child(5, "APP-5", epic).getCustomFieldValue(storyPoints)).thenReturn("five");
        when(child(6, "APP-6", epic).getCustomFieldValue(storyPoints)).thenReturn(-1.0);
        when(child(7, "APP-7", epic).getCustomFieldValue(storyPoints)).thenReturn(0.0);

        Map<String, BigDecimal> points = new HashMap<>();
        work.workUnder(List.of(1L)).get(1L).forEach(i -> points.put(i.key(), i.storyPoints()));

        assertThat(points).as("the epic's own estimate is no work").doesNotContainKey("APP-1");
        assertThat(points.get("APP-2")).isEqualByComparingTo("3.5");
        assertThat(points.get("APP-3")).isEqualByComparingTo("2");
        assertThat(points).containsEntry("APP-4", null).containsEntry("APP-5", null).containsEntry("APP-6", null);
        assertThat(points.get("APP-7")).isEqualByComparingTo("0");
        verify(customFields).getCustomFieldObject(STORY_POINTS_ID);
    }

    @Test
    void withoutAStoryPointsFieldNothingIsEstimated() {
        Issue epic = epic(1, "APP-1");
        when(child(2, "APP-2", epic).getCustomFieldValue(storyPoints)).thenReturn(3.0);

        assertThat(work.workUnder(List.of(1L)).get(1L)).extracting(WorkItem::storyPoints).containsOnlyNulls();
        verify(customFields, never()).getCustomFieldObject(anyString());
    }

    @Test
    void aStoryPointsFieldThatNoLongerExistsEstimatesNothing() {
        settings.put(EmeraldJiraSettings.STORY_POINTS_FIELD, "customfield_99999");
        Issue epic = epic(1, "APP-1");
        when(child(2, "APP-2", epic).getCustomFieldValue(storyPoints)).thenReturn(3.0);

        assertThat(work.workUnder(List.of(1L)).get(1L)).extracting(WorkItem::storyPoints).containsOnlyNulls();
        verify(customFields).getCustomFieldObject("customfield_99999");
    }

    // --- paging

    @Test
    void aLargeEpicIsReadInPagesOfAThousand() throws Exception {
        Issue epic = epic(1, "BIG-1");
        Status open = status(toDo);
        for (long id = 2; id <= 2_500; id++) {
            child(id, "BIG-" + id, epic, open);
        }

        List<WorkItem> items = work.workUnder(List.of(1L)).get(1L);

        @SuppressWarnings({"unchecked", "rawtypes"})
        ArgumentCaptor<PagerFilter<?>> pager = (ArgumentCaptor) ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(4)).searchOverrideSecurity(same(user), any(), pager.capture());
        assertThat(pager.getAllValues()).extracting(PagerFilter::getStart).containsExactly(0, 0, 1_000, 2_000);
        assertThat(pager.getAllValues()).extracting(PagerFilter::getMax).containsOnly(JiraEpicWork.PAGE_SIZE);
        searchedJql(2); // one parse per query for all its pages
        assertThat(items).hasSize(2_499);
        assertThat(items.get(0).key()).isEqualTo("BIG-2");
        assertThat(items.get(2_498).key()).isEqualTo("BIG-2500");
    }

    @Test
    void aResultOfExactlyOnePageTakesOneSearch() throws Exception {
        Issue epic = epic(1, "BIG-1");
        Status open = status(toDo);
        for (long id = 2; id <= JiraEpicWork.PAGE_SIZE; id++) {
            child(id, "BIG-" + id, epic, open);
        }

        assertThat(work.workUnder(List.of(1L)).get(1L)).hasSize(JiraEpicWork.PAGE_SIZE - 1);
        verify(search, times(2)).searchOverrideSecurity(any(), any(), any()); // the epic, then its 999 children in one page
    }

    @Test
    void aDoneEpicIsNoWorkOfItsOwnOnlyItsChildrenCount() {
        Issue epic = epic(1, "APP-1");
        Status done = status(complete);
        when(epic.getStatus()).thenReturn(done);
        child(2, "APP-2", epic);
        child(3, "APP-3", epic, status(complete));

        List<WorkItem> found = work.workUnder(List.of(1L)).get(1L);

        assertThat(keys(found)).containsExactly("APP-2", "APP-3");
        assertThat(found).filteredOn(WorkItem::done).extracting(WorkItem::key).containsExactly("APP-3");
    }

    @Test
    void anEmptyPageEndsThePagingWhateverTheTotalClaims() throws Exception {
        Issue epic = epic(1, "APP-1");
        child(2, "APP-2", epic);
        claimedTotal = 1_000_000;

        assertThat(keys(work.workUnder(List.of(1L)).get(1L))).containsExactly("APP-2");
        verify(search, times(4)).searchOverrideSecurity(any(), any(), any()); // each query: one page, then an empty one
    }

    // --- the cache

    @Test
    void theCacheIsJirasClusterCacheOfThatName() {
        verify(cacheManager).getCache(eq(JiraEpicWork.CACHE_NAME), isNull(), any());
    }

    @Test
    void askingAgainForTheSameEpicsSearchesNothing() throws Exception {
        Issue a = epic(1, "APP-1");
        child(2, "APP-2", a);
        epic(3, "APP-3");

        Map<Long, List<WorkItem>> first = work.workUnder(List.of(1L, 3L));
        Map<Long, List<WorkItem>> again = work.workUnder(List.of(3L, 1L));

        verify(search, times(2)).searchOverrideSecurity(any(), any(), any());
        searchedJql(2);
        assertThat(again).isEqualTo(first);
        assertThat(cache.values).containsOnlyKeys(1L, 3L);
    }

    @Test
    void onlyTheEpicsNotInTheCacheAreSearched() {
        epic(1, "APP-1");
        epic(3, "APP-3");
        work.workUnder(List.of(1L));

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(1L, 3L));

        assertThat(found).containsOnlyKeys(1L, 3L);
        List<String> jql = searchedJql(4);
        assertThat(ids(ISSUE_IN, jql.get(2))).containsExactly(3L);
    }

    @Test
    void aChangedChildDropsItsEpicSoOnlyThatEpicIsSearchedAgain() {
        Issue a = epic(1, "APP-1");
        Issue child = child(2, "APP-2", a);
        Issue b = epic(3, "APP-3");
        child(4, "APP-4", b);
        work.workUnder(List.of(1L, 3L));
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(child);

        work.onIssueEvent(event);

        assertThat(cache.removed).containsExactlyInAnyOrder(1L, 2L);
        assertThat(cache.values).containsOnlyKeys(3L);
        Status closed = status(complete);
        when(child.getStatus()).thenReturn(closed);
        Map<Long, List<WorkItem>> after = work.workUnder(List.of(1L, 3L));
        List<String> jql = searchedJql(4);
        assertThat(ids(ISSUE_IN, jql.get(2))).containsExactly(1L);
        assertThat(ids(EPIC_LINK_IN, jql.get(3))).containsExactly(1L);
        assertThat(after.get(1L)).extracting(WorkItem::done).containsExactly(true);
    }

    @Test
    void aChangedEpicDropsItself() {
        Issue a = epic(1, "APP-1");
        epic(3, "APP-3");
        work.workUnder(List.of(1L, 3L));
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(a);

        work.onIssueEvent(event);

        assertThat(cache.removed).containsExactly(1L);
        assertThat(cache.values).containsOnlyKeys(3L);
    }

    @Test
    void anIssueEventWithoutAnIssueDropsNothing() {
        epic(1, "APP-1");
        work.workUnder(List.of(1L));

        work.onIssueEvent(mock(IssueEvent.class));

        assertThat(cache.removed).isEmpty();
        assertThat(cache.values).containsOnlyKeys(1L);
    }

    @Test
    void creatingOrDeletingALinkDropsBothEnds() {
        for (long id = 1; id <= 5; id++) {
            epic(id, "APP-" + id);
        }
        work.workUnder(List.of(1L, 2L, 3L, 4L, 5L));

        work.onLinkCreated(new IssueLinkCreatedEvent(link(1, 2), Instant.now()));
        assertThat(cache.values).containsOnlyKeys(3L, 4L, 5L);
        work.onLinkDeleted(new IssueLinkDeletedEvent(link(4, 3), Instant.now()));
        assertThat(cache.values).containsOnlyKeys(5L);
        work.onLinkDeleted(new IssueLinkDeletedEvent(null, Instant.now()));
        work.onLinkCreated(new IssueLinkCreatedEvent(null, Instant.now()));
        assertThat(cache.values).containsOnlyKeys(5L);
        assertThat(cache.removed).containsExactlyInAnyOrder(1L, 2L, 4L, 3L);
    }

    private static IssueLink link(long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }

    // --- failures

    @Test
    void aQueryJiraRejectsFailsNamingTheJql() throws Exception {
        epic(1, "APP-1");
        MessageSet rejected = messages("Field 'Epic Link' does not exist");
        when(search.parseQuery(any(), anyString()))
                .thenAnswer(i -> new SearchService.ParseResult(new Jql(i.getArgument(1)), rejected));

        assertThatThrownBy(() -> work.workUnder(List.of(1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("issue in (1) ORDER BY key ASC")
                .hasMessageContaining("Field 'Epic Link' does not exist");
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
        assertThat(cache.values).isEmpty();
    }

    @Test
    void aFailedSearchBecomesAnIllegalStateExceptionAndCachesNothing() throws Exception {
        epic(1, "APP-1");
        SearchException failure = new SearchException("index unavailable");
        doThrow(failure).when(search).searchOverrideSecurity(any(), any(), any());

        assertThatThrownBy(() -> work.workUnder(List.of(1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("index unavailable")
                .hasCause(failure);
        assertThat(cache.values).isEmpty();
    }

    @Test
    void aDeletedEpicIsAbsentEvenWhenStaleChildrenStillNameIt() {
        Issue deleted = issue(999, "APP-999"); // not in the search results any more
        child(10, "APP-10", deleted);
        Issue alive = epic(1, "APP-1");
        child(2, "APP-2", alive);

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(999L, 1L));

        assertThat(found).containsOnlyKeys(1L);
        assertThat(keys(found.get(1L))).containsExactly("APP-2");
        assertThat(cache.values).containsOnlyKeys(1L);
        assertThat(ids(ISSUE_IN, searchedJql(2).get(0))).containsExactly(999L, 1L);
    }

    @Test
    void aChildOfAnEpicNotAskedForIsIgnored() throws Exception {
        Issue asked = epic(1, "APP-1");
        Issue other = epic(5, "APP-5");
        child(2, "APP-2", asked);
        child(6, "APP-6", other);
        // a search that returns more than asked for, such as a child moved between epics mid-search
        doAnswer(i -> new SearchResults<>(List.copyOf(issues), issues.size(), JiraEpicWork.PAGE_SIZE, 0))
                .when(search).searchOverrideSecurity(any(), any(), any());

        Map<Long, List<WorkItem>> found = work.workUnder(List.of(1L));

        assertThat(found).containsOnlyKeys(1L);
        assertThat(keys(found.get(1L))).containsExactly("APP-2");
    }

    // --- lifecycle and settings

    @Test
    void itListensToJiraEventsWhileTheBeanLives() {
        work.afterPropertiesSet();
        verify(events).register(work);
        verify(events, never()).unregister(any());

        work.destroy();
        verify(events).unregister(work);
    }

    @Test
    void epicProgressIsCountedByIssuesUnlessAnAdminChoseStoryPoints() {
        assertThat(work.settings()).isEqualTo(EpicWork.Settings.DEFAULT);

        settings.put(EmeraldJiraSettings.MEASURE, "story_points").put(EmeraldJiraSettings.UNESTIMATED, "count_as_mean");
        assertThat(work.settings()).isEqualTo(new EpicWork.Settings(WorkCompletion.Measure.STORY_POINTS,
                WorkCompletion.UnestimatedPolicy.COUNT_AS_MEAN));

        settings.put(EmeraldJiraSettings.MEASURE, "hours");
        assertThat(work.settings().measure()).isEqualTo(WorkCompletion.Measure.ISSUE_COUNT);
    }
}
