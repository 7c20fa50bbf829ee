package com.emeraldokr.jira;

import static org.mockito.ArgumentMatchers.same;
import java.io.InputStream;
import java.io.IOException;
import org.mockito.ArgumentCaptor;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.emeraldokr.core.port.OkrIssueSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A small fake Jira: issue types and link types in lists, plugin settings in a map. */
class JiraOkrIssueSetupTest {

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    private final Map<String, Object> settings = new HashMap<>();
    private final List<IssueType> types = new ArrayList<>();
    private final List<IssueLinkType> links = new ArrayList<>();
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final JiraOkrIssueSetup setup = new JiraOkrIssueSetup(issueTypes, linkTypes, locks, settingsFactory, projects, schemes,
            avatars);

    private static IssueType type(String id, String name) {
        IssueType t = mock(IssueType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        return t;
    }

    private static IssueLinkType linkType(long id, String name) {
        IssueLinkType t = mock(IssueLinkType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        return t;
    }

    @BeforeEach
    void fakeJira() throws Exception {
        when(locks.getLockForName(JiraOkrIssueSetup.LOCK_NAME)).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        PluginSettings pluginSettings = mock(PluginSettings.class);
        when(pluginSettings.get(anyString())).thenAnswer(i -> settings.get((String) i.getArgument(0)));
        when(pluginSettings.put(anyString(), any())).thenAnswer(i -> settings.put(i.getArgument(0), i.getArgument(1)));
        when(settingsFactory.createGlobalSettings()).thenReturn(pluginSettings);
        when(issueTypes.getIssueTypes()).thenAnswer(i -> List.copyOf(types));
        when(issueTypes.getIssueType(anyString())).thenAnswer(i -> types.stream()
                .filter(t -> t.getId().equals(i.getArgument(0))).findFirst().orElse(null));
        when(avatars.create(anyString(), anyString(), any(), any(), any(), isNull())).thenAnswer(i -> {
            Avatar avatar = mock(Avatar.class);
            when(avatar.getId()).thenReturn("objective.png".equals(i.getArgument(0)) ? 500L : 501L);
            return avatar;
        });
        when(issueTypes.createIssueType(anyString(), anyString(), any())).thenAnswer(i -> {
            IssueType created = type(String.valueOf(10_000 + types.size()), i.getArgument(0));
            types.add(created);
            return created;
        });
        when(linkTypes.getIssueLinkTypesByName(anyString())).thenAnswer(i -> links.stream()
                .filter(l -> l.getName().equals(i.getArgument(0))).toList());
        when(linkTypes.getIssueLinkType(anyLong())).thenAnswer(i -> links.stream()
                .filter(l -> l.getId().equals(i.getArgument(0))).findFirst().orElse(null));
        org.mockito.Mockito.doAnswer(i -> links.add(linkType(20_000 + links.size(), i.getArgument(0))))
                .when(linkTypes).createIssueLinkType(anyString(), anyString(), anyString(), isNull());
    }

    @Test
    void aFreshJiraGetsBothIssueTypesAndAllThreeLinkTypes() {
        OkrIssueSetup.Report report = setup.install();
        assertThat(report.created()).containsExactly("Objective", "Key Result", "Emerald Key Result", "Emerald Contributes",
                "Emerald Alignment");
        assertThat(report.found()).isEmpty();
        verify(linkTypes).createIssueLinkType("Emerald Contributes", "contributes to", "is contributed to by", null);
        assertThat(settings).containsEntry(EmeraldJiraSettings.issueTypeKey("objective"), "10000")
                .containsEntry(EmeraldJiraSettings.linkTypeKey("alignment"), "20002");
        verify(lock).unlock();
    }

    @Test
    void newTypesGetEmeraldsIconsAsIssueTypeAvatarsFromTheJar() throws Exception {
        setup.install();

        ArgumentCaptor<InputStream> png = ArgumentCaptor.forClass(InputStream.class);
        verify(avatars).create(eq("objective.png"), eq("image/png"), same(IconType.ISSUE_TYPE_ICON_TYPE), any(), png.capture(), isNull());
        verify(avatars).create(eq("key-result.png"), eq("image/png"), same(IconType.ISSUE_TYPE_ICON_TYPE), any(), any(), isNull());
        verify(issueTypes).createIssueType(eq("Objective"), anyString(), eq(500L));
        verify(issueTypes).createIssueType(eq("Key Result"), anyString(), eq(501L));
        try (InputStream bundled = JiraOkrIssueSetup.class.getResourceAsStream("/images/objective.png")) {
            assertThat(bundled).as("the icon is in the plugin's resources").isNotNull();
            assertThat(bundled.readNBytes(8)).as("a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void anIconJiraRefusesLeavesTheDefaultIconAndTheSetupGoesOn() throws Exception {
        when(avatars.create(anyString(), anyString(), any(), any(), any(), isNull())).thenThrow(new IOException("avatars disabled"));

        OkrIssueSetup.Report report = setup.install();

        assertThat(report.created()).contains("Objective", "Key Result");
        verify(issueTypes).createIssueType(eq("Objective"), anyString(), isNull());
    }

    @Test
    void typesThatAlreadyExistKeepTheirIcons() throws Exception {
        types.add(type("3", "Objective"));
        setup.install();
        verify(avatars, never()).create(eq("objective.png"), anyString(), any(), any(), any(), any());
    }

    @Test
    void runningItAgainCreatesNothing() {
        setup.install();
        OkrIssueSetup.Report again = setup.install();
        assertThat(again.created()).isEmpty();
        assertThat(again.found()).hasSize(5);
        assertThat(types).hasSize(2);
        assertThat(links).hasSize(3);
    }

    @Test
    void aTypeAnAdminRenamedIsRecognisedByItsId() {
        setup.install();
        IssueType objective = types.get(0);
        types.set(0, type(objective.getId(), "Company goal"));
        OkrIssueSetup.Report again = setup.install();
        assertThat(again.created()).isEmpty();
        assertThat(types).extracting(IssueType::getName).containsExactly("Company goal", "Key Result");
    }

    @Test
    void typesMadeByHandWithTheSameNameAreAdoptedNotDuplicated() {
        types.add(type("3", "objective"));
        links.add(linkType(77, "Emerald Alignment"));
        OkrIssueSetup.Report report = setup.install();
        assertThat(report.found()).containsExactly("Objective", "Emerald Alignment");
        assertThat(settings).containsEntry(EmeraldJiraSettings.issueTypeKey("objective"), "3")
                .containsEntry(EmeraldJiraSettings.linkTypeKey("alignment"), "77");
        verify(issueTypes, never()).createIssueType(eq("Objective"), anyString(), any());
    }

    @Test
    void whileAnotherNodeHoldsTheLockNothingIsCreated() throws Exception {
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);
        assertThatThrownBy(setup::install).isInstanceOf(IllegalStateException.class).hasMessageContaining("another node");
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(linkTypes, never()).createIssueLinkType(anyString(), anyString(), anyString(), any());
        verify(lock, never()).unlock();
    }

    @Test
    void theLockIsReleasedWhenJiraFails() {
        when(issueTypes.createIssueType(anyString(), anyString(), any())).thenThrow(new IllegalArgumentException("name taken"));
        assertThatThrownBy(setup::install).hasMessage("name taken");
        verify(lock).unlock();
    }

    // --- enableInProject: a project OKR whose issue type scheme holds Bug ("1") and Task ("3")

    private final Project project = mock(Project.class);
    private final FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    private final List<IssueType> projectTypes = new ArrayList<>(List.of(type("1", "Bug"), type("3", "Task")));

    private void projectOnItsOwnScheme() {
        when(projects.getProjectObjByKey("OKR")).thenReturn(project);
        when(schemes.getIssueTypesForProject(project)).thenAnswer(i -> List.copyOf(projectTypes));
        when(schemes.getConfigScheme(project)).thenReturn(scheme);
        when(schemes.isDefaultIssueTypeScheme(scheme)).thenReturn(false);
    }

    @Test
    void enablingAnUnknownProjectFailsAndChangesNothing() {
        projectOnItsOwnScheme();

        assertThatThrownBy(() -> setup.enableInProject("NOPE")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("NOPE");
        verifyNoInteractions(schemes);
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        assertThat(settings).isEmpty();
    }

    @Test
    void aProjectLackingBothTypesGetsThemAddedToItsScheme() {
        projectOnItsOwnScheme();

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        String objective = (String) settings.get(EmeraldJiraSettings.issueTypeKey("objective"));
        String keyResult = (String) settings.get(EmeraldJiraSettings.issueTypeKey("key-result"));
        assertThat(objective).isNotNull().isNotEqualTo(keyResult);
        verify(schemes).update(scheme, List.of("1", "3", objective, keyResult));
        assertThat(report.created()).containsExactly("Objective", "Key Result");
        assertThat(report.found()).isEmpty();
    }

    @Test
    void typesAdoptedUnderARenamedIdAreAddedByTheirStoredIds() {
        types.add(type("7", "Objective"));
        settings.put(EmeraldJiraSettings.issueTypeKey("key-result"), "8");
        types.add(type("8", "OKR measure"));
        projectOnItsOwnScheme();

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        verify(schemes).update(scheme, List.of("1", "3", "7", "8"));
        assertThat(report.created()).containsExactly("Objective", "Key Result");
    }

    @Test
    void aProjectThatHasBothTypesIsLeftAlone() {
        setup.install();
        projectTypes.addAll(types);
        projectOnItsOwnScheme();

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        verify(schemes, never()).update(any(), any());
        assertThat(report.created()).isEmpty();
        assertThat(report.found()).containsExactly("Objective", "Key Result");
    }

    @Test
    void aProjectThatHasOneTypeGetsOnlyTheOther() {
        setup.install();
        projectTypes.add(types.get(1)); // Key Result
        projectOnItsOwnScheme();

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        verify(schemes).update(scheme, List.of("1", "3", types.get(1).getId(), types.get(0).getId()));
        assertThat(report.created()).containsExactly("Objective");
        assertThat(report.found()).containsExactly("Key Result");
    }

    @Test
    void aProjectOnTheDefaultSchemeAlreadyOffersTheTypes() {
        projectOnItsOwnScheme();
        when(schemes.isDefaultIssueTypeScheme(scheme)).thenReturn(true);

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        verify(schemes, never()).update(any(), any());
        assertThat(report.created()).isEmpty();
        assertThat(report.found()).containsExactly("Objective", "Key Result");
    }

    @Test
    void aProjectWithoutASchemeOfItsOwnIsTreatedAsOnTheDefaultScheme() {
        projectOnItsOwnScheme();
        when(schemes.getConfigScheme(project)).thenReturn(null);

        OkrIssueSetup.Report report = setup.enableInProject("OKR");

        verify(schemes, never()).update(any(), any());
        assertThat(report.found()).containsExactly("Objective", "Key Result");
    }

    @Test
    void enablingRunsTheInstallFirstSoTheLinkTypesExistToo() {
        projectOnItsOwnScheme();

        setup.enableInProject("OKR");

        assertThat(links).extracting(IssueLinkType::getName)
                .containsExactly("Emerald Key Result", "Emerald Contributes", "Emerald Alignment");
        verify(lock).unlock();
    }
}
