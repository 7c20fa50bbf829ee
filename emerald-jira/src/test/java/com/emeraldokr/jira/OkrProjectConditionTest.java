package com.emeraldokr.jira;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The project sidebar's OKRs link shows only where the project's scheme offers Emerald's Objective type. */
class OkrProjectConditionTest {

    private static final String OBJECTIVE_TYPE = "10100";

    private final FakePluginSettings settings = new FakePluginSettings();
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final OkrProjectCondition condition =
            new OkrProjectCondition(new JiraOkrProjects(projects, schemes, settings.settings()));
    private final Project withOkrs = project("OKR");
    private final Project withoutOkrs = project("PLAIN");

    @BeforeEach
    void setUp() {
        settings.put(EmeraldJiraSettings.issueTypeKey("objective"), OBJECTIVE_TYPE);
        List<IssueType> okrTypes = List.of(type("1"), type(OBJECTIVE_TYPE));
        List<IssueType> plainTypes = List.of(type("1"), type("2"));
        when(schemes.getIssueTypesForProject(withOkrs)).thenReturn(okrTypes);
        when(schemes.getIssueTypesForProject(withoutOkrs)).thenReturn(plainTypes);
        when(projects.getProjectObjByKey("OKR")).thenReturn(withOkrs);
        when(projects.getProjectObjByKey("PLAIN")).thenReturn(withoutOkrs);
        condition.init(Map.of());
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    private static IssueType type(String id) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        return type;
    }

    private static Map<String, Object> context(String name, Object value) {
        Map<String, Object> context = new HashMap<>();
        context.put(name, value);
        return context;
    }

    @Test
    void showsInProjectsWhoseSchemeOffersTheObjectiveType() {
        assertThat(condition.shouldDisplay(context("project", withOkrs))).isTrue();
        assertThat(condition.shouldDisplay(context("project", withoutOkrs))).isFalse();
    }

    @Test
    void fallsBackToTheSidebarsProjectKey() {
        assertThat(condition.shouldDisplay(context("pathEncodedProjectKey", "OKR"))).isTrue();
        assertThat(condition.shouldDisplay(context("pathEncodedProjectKey", "PLAIN"))).isFalse();
        assertThat(condition.shouldDisplay(context("pathEncodedProjectKey", "NOPE"))).isFalse();
    }

    @Test
    void aMalformedKeyIsNotLookedUp() {
        assertThat(condition.shouldDisplay(context("pathEncodedProjectKey", "<x>"))).isFalse();
        verify(projects, never()).getProjectObjByKey("<x>");
    }

    @Test
    void withoutAProjectThereIsNoLink() {
        assertThat(condition.shouldDisplay(new HashMap<>())).isFalse();
        assertThat(condition.shouldDisplay(null)).isFalse();
        assertThat(condition.shouldDisplay(context("project", "OKR"))).isFalse();
        assertThat(condition.shouldDisplay(context("project", null))).isFalse();
    }

    @Test
    void beforeTheSetupNoProjectHasOkrs() {
        settings.values.clear();

        assertThat(condition.shouldDisplay(context("project", withOkrs))).isFalse();
    }

    @Test
    void aFailingLookupHidesTheLinkInsteadOfBreakingTheSidebar() {
        when(schemes.getIssueTypesForProject(any())).thenThrow(new IllegalStateException("scheme cache"));
        when(projects.getProjectObjByKey("BOOM")).thenThrow(new IllegalStateException("db"));

        assertThat(condition.shouldDisplay(context("project", withOkrs))).isFalse();
        assertThat(condition.shouldDisplay(context("pathEncodedProjectKey", "BOOM"))).isFalse();
    }
}
