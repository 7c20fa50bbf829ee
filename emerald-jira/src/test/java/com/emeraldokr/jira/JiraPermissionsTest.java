package com.emeraldokr.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Permissions from mocked permission managers; {@code same(ProjectPermissions.X)} tells
 * ADMINISTER_PROJECTS from BROWSE_PROJECTS.
 */
class JiraPermissionsTest {

    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final JiraPermissions permissions = new JiraPermissions(globalPermissions, permissionManager, projects, authentication);

    @BeforeEach
    void fakeJira() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectObjByKey("OKR")).thenReturn(project);
    }

    @Test
    void theKeysAreDistinctWhileThisClassRuns() {
        assertThat(ProjectPermissions.ADMINISTER_PROJECTS).isNotNull().isNotSameAs(ProjectPermissions.BROWSE_PROJECTS);
        assertThat(ProjectPermissions.BROWSE_PROJECTS).isNotNull();
    }

    // --- global administrator

    @Test
    void anAdministratorHoldsJirasAdministerPermission() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(true);

        assertThat(permissions.isAdministrator()).isTrue();
        verify(globalPermissions).hasPermission(same(GlobalPermissionKey.ADMINISTER), same(user));
    }

    @Test
    void anyoneElseIsNoAdministrator() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(false);

        assertThat(permissions.isAdministrator()).isFalse();
    }

    @Test
    void anotherUsersAdministrationDoesNotCount() {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);

        assertThat(permissions.isAdministrator()).isFalse();
    }

    @Test
    void anAnonymousUserIsAskedAboutAsNull() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertThat(permissions.isAdministrator()).isFalse();
        verify(globalPermissions).hasPermission(same(GlobalPermissionKey.ADMINISTER), nullable(ApplicationUser.class));
    }

    // --- project administration

    @Test
    void aProjectAdministratorHoldsAdministerProjects() {
        when(permissionManager.hasPermission(same(ProjectPermissions.ADMINISTER_PROJECTS), eq(project), eq(user))).thenReturn(true);

        assertThat(permissions.administersProject("OKR")).isTrue();
        verify(permissionManager).hasPermission(same(ProjectPermissions.ADMINISTER_PROJECTS), same(project), same(user));
    }

    @Test
    void browsingAProjectDoesNotMakeAnAdministrator() {
        when(permissionManager.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), eq(project), eq(user))).thenReturn(true);

        assertThat(permissions.administersProject("OKR")).isFalse();
        verify(permissionManager, never()).hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), any());
    }

    @Test
    void anUnknownProjectIsAdministeredByNobody() {
        when(permissionManager.hasPermission(nullable(ProjectPermissionKey.class), nullable(Project.class), any())).thenReturn(true);

        assertThat(permissions.administersProject("NOPE")).isFalse();
        verifyNoInteractions(permissionManager);
    }

    @Test
    void noProjectKeyIsAdministeredByNobody() {
        assertThat(permissions.administersProject(null)).isFalse();
        verifyNoInteractions(permissionManager);
        verify(projects, never()).getProjectObjByKey(any());
    }

    // --- browsing

    @Test
    void aBrowserHoldsBrowseProjects() {
        when(permissionManager.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), eq(project), eq(user))).thenReturn(true);

        assertThat(permissions.browsesProject("OKR")).isTrue();
        verify(permissionManager).hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(project), same(user));
    }

    @Test
    void administeringAProjectIsNotTheSameCheckAsBrowsingIt() {
        when(permissionManager.hasPermission(same(ProjectPermissions.ADMINISTER_PROJECTS), eq(project), eq(user))).thenReturn(true);

        assertThat(permissions.browsesProject("OKR")).isFalse();
        verify(permissionManager, never()).hasPermission(same(ProjectPermissions.ADMINISTER_PROJECTS), any(Project.class), any());
    }

    @Test
    void withoutBrowsePermissionTheProjectIsHidden() {
        assertThat(permissions.browsesProject("OKR")).isFalse();
        verify(permissionManager).hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), same(project), same(user));
    }

    @Test
    void anUnknownOrMissingProjectIsBrowsedByNobody() {
        when(permissionManager.hasPermission(nullable(ProjectPermissionKey.class), nullable(Project.class), any())).thenReturn(true);

        assertThat(permissions.browsesProject("NOPE")).isFalse();
        assertThat(permissions.browsesProject(null)).isFalse();
        verifyNoInteractions(permissionManager);
    }

    // --- creating issues (deciding the loop's proposals)

    @Test
    void creatingIssuesIsJirasCreateIssuesPermissionAndNothingElse() {
        when(permissionManager.hasPermission(same(ProjectPermissions.BROWSE_PROJECTS), eq(project), eq(user))).thenReturn(true);
        assertThat(permissions.createsIssues("OKR")).isFalse();
        when(permissionManager.hasPermission(same(ProjectPermissions.CREATE_ISSUES), eq(project), eq(user))).thenReturn(true);
        assertThat(permissions.createsIssues("OKR")).isTrue();
        assertThat(permissions.createsIssues("NOPE")).isFalse();
    }

    @Test
    void theGlobalPermissionIsNotAskedForProjectChecks() {
        permissions.administersProject("OKR");
        permissions.browsesProject("OKR");

        verifyNoInteractions(globalPermissions);
    }
}
