package com.emeraldokr.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.emeraldokr.core.port.IssueLinks.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Emerald's links as Jira issue links: a fake link store in a list, link type ids in plugin settings. */
class JiraIssueLinksTest {

    private static final long KEY_RESULT_TYPE = 20_000;
    private static final long CONTRIBUTES_TYPE = 20_001;
    private static final long ALIGNMENT_TYPE = 20_002;
    /** Jira's own "Blocks", which Emerald must ignore. */
    private static final long BLOCKS_TYPE = 10_000;

    private final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final FakePluginSettings settings = new FakePluginSettings();
    private final List<IssueLink> links = new ArrayList<>();
    private final JiraIssueLinks issueLinks = new JiraIssueLinks(linkManager, issueManager, permissions, authentication,
            settings.settings());

    @BeforeEach
    void fakeJira() {
        settings.put(EmeraldJiraSettings.linkTypeKey("key-result"), String.valueOf(KEY_RESULT_TYPE))
                .put(EmeraldJiraSettings.linkTypeKey("contributes"), String.valueOf(CONTRIBUTES_TYPE))
                .put(EmeraldJiraSettings.linkTypeKey("alignment"), String.valueOf(ALIGNMENT_TYPE));
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(linkManager.isLinkingEnabled()).thenReturn(true);
        when(linkManager.getOutwardLinks(anyLong())).thenAnswer(i -> links.stream()
                .filter(l -> l.getSourceId().equals(i.getArgument(0))).toList());
        when(linkManager.getInwardLinks(anyLong())).thenAnswer(i -> links.stream()
                .filter(l -> l.getDestinationId().equals(i.getArgument(0))).toList());
        when(linkManager.getIssueLink(anyLong(), anyLong(), anyLong())).thenAnswer(i -> links.stream()
                .filter(l -> l.getSourceId().equals(i.getArgument(0)) && l.getDestinationId().equals(i.getArgument(1))
                        && l.getLinkTypeId().equals(i.getArgument(2)))
                .findFirst().orElse(null));
    }

    private IssueLink link(long source, long destination, long typeId) {
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        when(link.getLinkTypeId()).thenReturn(typeId);
        links.add(link);
        return link;
    }

    private MutableIssue issue(long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        return issue;
    }

    // --- mayLink

    @Test
    void aUserWithTheLinkIssuesPermissionMayLinkAnExistingIssue() {
        MutableIssue issue = issue(1);
        when(permissions.hasPermission(same(ProjectPermissions.LINK_ISSUES), same(issue), same(user))).thenReturn(true);

        assertThat(issueLinks.mayLink(1)).isTrue();
        verify(permissions).hasPermission(same(ProjectPermissions.LINK_ISSUES), same(issue), same(user));
    }

    @Test
    void browsingIsNotEnoughToLink() {
        MutableIssue issue = issue(1);
        when(permissions.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(issue), same(user))).thenReturn(true);

        assertThat(issueLinks.mayLink(1)).isFalse();
    }

    @Test
    void theLinkIssuesPermissionOfAnotherUserDoesNotCount() {
        MutableIssue issue = issue(1);
        ApplicationUser admin = mock(ApplicationUser.class);
        when(permissions.hasPermission(same(ProjectPermissions.LINK_ISSUES), same(issue), same(admin))).thenReturn(true);

        assertThat(issueLinks.mayLink(1)).isFalse();
    }

    @Test
    void nobodyMayLinkAnIssueThatDoesNotExist() {
        when(permissions.hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), any())).thenReturn(true);

        assertThat(issueLinks.mayLink(404)).isFalse();
        verify(permissions, never()).hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), any());
    }

    @Test
    void nobodyMayLinkWhileAnAdminHasTurnedLinkingOff() {
        MutableIssue issue = issue(1);
        when(permissions.hasPermission(same(ProjectPermissions.LINK_ISSUES), same(issue), same(user))).thenReturn(true);
        when(linkManager.isLinkingEnabled()).thenReturn(false);

        assertThat(issueLinks.mayLink(1)).isFalse();
    }

    // --- link, unlink, exists

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkIsCreatedWithTheKindsLinkTypeAsTheLoggedInUser(Kind kind) throws Exception {
        issueLinks.link(1, 2, kind);

        long expectedType = switch (kind) {
            case KEY_RESULT -> KEY_RESULT_TYPE;
            case CONTRIBUTES -> CONTRIBUTES_TYPE;
            case ALIGNMENT -> ALIGNMENT_TYPE;
        };
        verify(linkManager).createIssueLink(1L, 2L, expectedType, null, user);
    }

    @Test
    void jirasCreateExceptionBecomesAnIllegalStateException() throws Exception {
        CreateException failure = new CreateException("link type disabled");
        doThrow(failure).when(linkManager).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());

        assertThatThrownBy(() -> issueLinks.link(1, 2, Kind.CONTRIBUTES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("link type disabled")
                .hasCause(failure);
    }

    @Test
    void unlinkingALinkThatIsNotThereChangesNothing() {
        link(1, 2, BLOCKS_TYPE);
        link(2, 1, CONTRIBUTES_TYPE);

        assertThat(issueLinks.unlink(1, 2, Kind.CONTRIBUTES)).isFalse();
        verify(linkManager, never()).removeIssueLink(any(), any());
    }

    @Test
    void unlinkingRemovesTheLinkOfThatKindAsTheLoggedInUser() {
        link(1, 2, KEY_RESULT_TYPE);
        IssueLink contributes = link(1, 2, CONTRIBUTES_TYPE);

        assertThat(issueLinks.unlink(1, 2, Kind.CONTRIBUTES)).isTrue();
        verify(linkManager).removeIssueLink(contributes, user);
        verify(linkManager, never()).removeIssueLink(same(links.get(0)), any());
    }

    @Test
    void aLinkExistsOnlyInItsDirectionAndOfItsKind() {
        link(1, 2, ALIGNMENT_TYPE);

        assertThat(issueLinks.exists(1, 2, Kind.ALIGNMENT)).isTrue();
        assertThat(issueLinks.exists(2, 1, Kind.ALIGNMENT)).isFalse();
        assertThat(issueLinks.exists(1, 2, Kind.KEY_RESULT)).isFalse();
    }

    // --- sourcesOf, targetsOf

    @Test
    void sourcesOfKeepOnlyLinksOfTheKindAndOmitTargetsWithoutAny() {
        link(11, 100, CONTRIBUTES_TYPE);
        link(12, 100, BLOCKS_TYPE);
        link(13, 100, KEY_RESULT_TYPE);
        link(14, 100, CONTRIBUTES_TYPE);
        link(15, 200, BLOCKS_TYPE);
        link(100, 16, CONTRIBUTES_TYPE); // outward from 100: not a source of 100

        Map<Long, List<Long>> sources = issueLinks.sourcesOf(List.of(100L, 200L, 300L, 100L), Kind.CONTRIBUTES);

        assertThat(sources).containsOnlyKeys(100L);
        assertThat(sources.get(100L)).containsExactly(11L, 14L);
        verify(linkManager).getInwardLinks(100L); // asked once though listed twice
    }

    @Test
    void targetsOfKeepOnlyLinksOfTheKindAndOmitSourcesWithoutAny() {
        link(1, 10, KEY_RESULT_TYPE);
        link(1, 11, BLOCKS_TYPE);
        link(1, 12, KEY_RESULT_TYPE);
        link(2, 13, ALIGNMENT_TYPE);
        link(3, 14, KEY_RESULT_TYPE);
        link(20, 2, KEY_RESULT_TYPE); // inward to 2: not a target of 2

        Map<Long, List<Long>> targets = issueLinks.targetsOf(List.of(1L, 2L, 3L), Kind.KEY_RESULT);

        assertThat(targets).containsOnlyKeys(1L, 3L);
        assertThat(targets.get(1L)).containsExactly(10L, 12L);
        assertThat(targets.get(3L)).containsExactly(14L);
        assertThat(issueLinks.targetsOf(List.of(2L), Kind.ALIGNMENT)).containsExactly(Map.entry(2L, List.of(13L)));
    }

    // --- link types not set up

    @Test
    void withoutTheLinkTypeIdsEveryLinkOperationFailsAndWritesNothing() throws Exception {
        settings.values.clear();

        assertThatThrownBy(() -> issueLinks.link(1, 2, Kind.KEY_RESULT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not set up");
        assertThatThrownBy(() -> issueLinks.unlink(1, 2, Kind.KEY_RESULT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> issueLinks.exists(1, 2, Kind.KEY_RESULT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> issueLinks.sourcesOf(List.of(1L), Kind.KEY_RESULT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> issueLinks.targetsOf(List.of(1L), Kind.KEY_RESULT)).isInstanceOf(IllegalStateException.class);
        verify(linkManager, never()).createIssueLink(any(), any(), any(), any(), any());
        verify(linkManager, never()).removeIssueLink(any(), any());
    }

    @Test
    void aLinkTypeIdThatIsNotANumberCountsAsNotSetUp() throws Exception {
        settings.put(EmeraldJiraSettings.linkTypeKey("contributes"), "Emerald Contributes");

        assertThatThrownBy(() -> issueLinks.link(1, 2, Kind.CONTRIBUTES)).isInstanceOf(IllegalStateException.class);
        issueLinks.link(1, 2, Kind.ALIGNMENT); // the others are still set up
        verify(linkManager).createIssueLink(1L, 2L, ALIGNMENT_TYPE, null, user);
        verify(linkManager, never()).createIssueLink(anyLong(), anyLong(), org.mockito.ArgumentMatchers.eq(CONTRIBUTES_TYPE),
                any(), any());
    }
}
