package com.emeraldokr.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.emeraldokr.core.port.IssueSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraIssueDirectoryTest {

    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final MutableIssue visible = issue(10L, "OKR-1", "Delight developers");
    private final MutableIssue hidden = issue(11L, "HR-7", "Salary bands");
    private final JiraIssueDirectory directory = new JiraIssueDirectory(issueManager, permissions, authentication,
            new EmeraldJiraSettings(mock(com.atlassian.sal.api.pluginsettings.PluginSettingsFactory.class)));

    private static MutableIssue issue(long id, String key, String summary) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        return issue;
    }

    @BeforeEach
    void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(issueManager.getIssueObject("OKR-1")).thenReturn(visible);
        when(issueManager.getIssueObject("HR-7")).thenReturn(hidden);
        when(issueManager.getIssueObject(10L)).thenReturn(visible);
        when(issueManager.getIssueObject(11L)).thenReturn(hidden);
        when(permissions.hasPermission(any(), eq(visible), eq(user))).thenReturn(true);
        when(permissions.hasPermission(any(), eq(hidden), eq(user))).thenReturn(false);
    }

    @Test
    void anIssueTheUserMayBrowseIsFound() {
        assertThat(directory.findVisibleByKey("OKR-1")).contains(new IssueSummary(10, "OKR-1", "Delight developers"));
    }

    @Test
    void anIssueTheUserMayNotBrowseLooksLikeOneThatDoesNotExist() {
        assertThat(directory.findVisibleByKey("HR-7")).isEqualTo(Optional.empty());
        assertThat(directory.findVisibleByKey("NOPE-1")).isEmpty();
        assertThat(directory.findVisibleByIds(List.of(10L, 11L, 12L))).containsOnlyKeys(10L);
    }

    @Test
    void theLoggedInUserKeyIsTheCheckInAuthor() {
        when(user.getKey()).thenReturn("JIRAUSER10100");
        assertThat(new JiraCurrentUser(authentication).userKey()).contains("JIRAUSER10100");
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(new JiraCurrentUser(authentication).userKey()).isEmpty();
    }
}
