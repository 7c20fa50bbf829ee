package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Issue writes through a mocked IssueService: the parameters passed, and Jira's refusals passed on. */
class JiraIssueWriterTest {

    private static final String OBJECTIVE_TYPE = "10100";
    private static final String KEY_RESULT_TYPE = "10101";

    private final IssueService issueService = mock(IssueService.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    /** Fluent like Jira's: each setter returns the parameters themselves. */
    private final IssueInputParameters parameters = mock(IssueInputParameters.class, Answers.RETURNS_SELF);
    private final FakePluginSettings settings = new FakePluginSettings();
    private final JiraIssueWriter writer = new JiraIssueWriter(issueService, projects, authentication, settings.settings(),
            new BundleMessages(java.util.Locale.ENGLISH));

    @BeforeEach
    void fakeJira() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(projects.getProjectObjByKey("OKR")).thenReturn(project);
        when(project.getId()).thenReturn(10_000L);
        when(project.getKey()).thenReturn("OKR");
        when(issueService.newIssueInputParameters()).thenReturn(parameters);
        settings.put(EmeraldJiraSettings.issueTypeKey("objective"), OBJECTIVE_TYPE);
        settings.put(EmeraldJiraSettings.issueTypeKey("key-result"), KEY_RESULT_TYPE);
    }

    private static ErrorCollection noErrors() {
        return errors(List.of(), Map.of());
    }

    /**
     * A mocked collection answering from its arguments rather than by stubbing, so it can be built inside another
     * {@code when(...).thenReturn(...)}.
     */
    private static ErrorCollection errors(List<String> messages, Map<String, String> fields) {
        return mock(ErrorCollection.class, invocation -> switch (invocation.getMethod().getName()) {
            case "hasAnyErrors" -> !messages.isEmpty() || !fields.isEmpty();
            case "getErrorMessages" -> messages;
            case "getErrors" -> fields;
            default -> Answers.RETURNS_DEFAULTS.answer(invocation);
        });
    }

    private static MutableIssue issue(long id, String key, String summary) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        return issue;
    }

    // --- create

    @Test
    void createPassesProjectTypeSummaryAndDescriptionAndReturnsTheCreatedIssue() {
        IssueService.CreateValidationResult validation = new IssueService.CreateValidationResult(null, noErrors(), Map.of());
        when(issueService.validateCreate(user, parameters)).thenReturn(validation);
        MutableIssue created = issue(10_042L, "OKR-42", "Grow revenue");
        when(issueService.create(user, validation)).thenReturn(new IssueService.IssueResult(created, noErrors()));

        IssueSummary summary = writer.create("OKR", IssueRole.OBJECTIVE, "Grow revenue", "Why it matters");

        assertThat(summary).isEqualTo(new IssueSummary(10_042L, "OKR-42", "Grow revenue"));
        verify(parameters).setProjectId(10_000L);
        verify(parameters).setIssueTypeId(OBJECTIVE_TYPE);
        verify(parameters).setSummary("Grow revenue");
        verify(parameters).setDescription("Why it matters");
        var order = inOrder(issueService);
        order.verify(issueService).validateCreate(same(user), same(parameters));
        order.verify(issueService).create(same(user), same(validation));
    }

    @Test
    void aKeyResultGetsTheKeyResultIssueType() {
        IssueService.CreateValidationResult validation = new IssueService.CreateValidationResult(null, noErrors(), Map.of());
        when(issueService.validateCreate(user, parameters)).thenReturn(validation);
        MutableIssue created = issue(7L, "OKR-7", "Ship 3 features");
        when(issueService.create(user, validation)).thenReturn(new IssueService.IssueResult(created, noErrors()));

        IssueSummary summary = writer.create("OKR", IssueRole.KEY_RESULT, "Ship 3 features", null);

        assertThat(summary.key()).isEqualTo("OKR-7");
        verify(parameters).setIssueTypeId(KEY_RESULT_TYPE);
        verify(parameters, never()).setIssueTypeId(OBJECTIVE_TYPE);
    }

    @Test
    void anUnknownProjectIsRefusedByNameBeforeJiraIsAsked() {
        assertThatThrownBy(() -> writer.create("NOPE", IssueRole.OBJECTIVE, "Grow", ""))
                .isInstanceOf(IssueWriteException.class)
                .hasMessageContaining("NOPE");
        verify(issueService, never()).validateCreate(any(), any());
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void withoutEmeraldsIssueTypesNothingIsCreated() {
        settings.values.clear();

        assertThatThrownBy(() -> writer.create("OKR", IssueRole.KEY_RESULT, "Grow", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not set up");
        verify(issueService, never()).validateCreate(any(), any());
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void onlyObjectivesAndKeyResultsAreCreated() {
        assertThatThrownBy(() -> writer.create("OKR", IssueRole.EPIC, "An epic", ""))
                .isInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(issueService);
    }

    @Test
    void aRefusedValidationCarriesJirasMessagesAndFieldErrorsAndCreatesNothing() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", "You must specify a summary of the issue.");
        fields.put("customfield_10002", "Not a number.");
        IssueService.CreateValidationResult validation = new IssueService.CreateValidationResult(null,
                errors(List.of("You do not have permission to create issues in this project."), fields), Map.of());
        when(issueService.validateCreate(user, parameters)).thenReturn(validation);

        assertThatThrownBy(() -> writer.create("OKR", IssueRole.OBJECTIVE, "", ""))
                .isInstanceOf(IssueWriteException.class)
                .hasMessage("You do not have permission to create issues in this project."
                        + " summary: You must specify a summary of the issue."
                        + " customfield_10002: Not a number.");
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void aRefusedCreateIsReportedWithJirasReasons() {
        IssueService.CreateValidationResult validation = new IssueService.CreateValidationResult(null, noErrors(), Map.of());
        when(issueService.validateCreate(user, parameters)).thenReturn(validation);
        when(issueService.create(user, validation)).thenReturn(new IssueService.IssueResult(null,
                errors(List.of("Workflow refused the transition."), Map.of())));

        assertThatThrownBy(() -> writer.create("OKR", IssueRole.OBJECTIVE, "Grow", ""))
                .isInstanceOf(IssueWriteException.class)
                .hasMessage("Workflow refused the transition.");
    }

    // --- updateSummary

    @Test
    void updateSummaryValidatesTheNewSummaryThenUpdates() {
        IssueService.UpdateValidationResult validation = new IssueService.UpdateValidationResult(null, noErrors(), Map.of());
        when(issueService.validateUpdate(user, 42L, parameters)).thenReturn(validation);
        when(issueService.update(user, validation)).thenReturn(new IssueService.IssueResult(null, noErrors()));

        writer.updateSummary(42L, "Grow revenue by 20%");

        verify(parameters).setSummary("Grow revenue by 20%");
        verify(parameters, never()).setDescription(anyString());
        verify(parameters, never()).setIssueTypeId(anyString());
        var order = inOrder(issueService);
        order.verify(issueService).validateUpdate(same(user), eq(42L), same(parameters));
        order.verify(issueService).update(same(user), same(validation));
    }

    @Test
    void aRefusedUpdateIsNotAttempted() {
        IssueService.UpdateValidationResult validation = new IssueService.UpdateValidationResult(null,
                errors(List.of(), Map.of("summary", "Summary is too long.")), Map.of());
        when(issueService.validateUpdate(user, 42L, parameters)).thenReturn(validation);

        assertThatThrownBy(() -> writer.updateSummary(42L, "x".repeat(300)))
                .isInstanceOf(IssueWriteException.class)
                .hasMessage("summary: Summary is too long.");
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void aFailedUpdateIsReported() {
        IssueService.UpdateValidationResult validation = new IssueService.UpdateValidationResult(null, noErrors(), Map.of());
        when(issueService.validateUpdate(user, 42L, parameters)).thenReturn(validation);
        when(issueService.update(user, validation)).thenReturn(new IssueService.IssueResult(null,
                errors(List.of("The issue was changed by someone else."), Map.of())));

        assertThatThrownBy(() -> writer.updateSummary(42L, "New"))
                .isInstanceOf(IssueWriteException.class)
                .hasMessageContaining("changed by someone else");
    }

    // --- delete

    @Test
    void deleteValidatesThenDeletes() {
        IssueService.DeleteValidationResult validation = new IssueService.DeleteValidationResult(null, noErrors());
        when(issueService.validateDelete(user, 42L)).thenReturn(validation);
        when(issueService.delete(user, validation)).thenReturn(noErrors());

        writer.delete(42L);

        var order = inOrder(issueService);
        order.verify(issueService).validateDelete(same(user), eq(42L));
        order.verify(issueService).delete(same(user), same(validation));
    }

    @Test
    void aDeleteWithoutAnErrorCollectionSucceeds() {
        IssueService.DeleteValidationResult validation = new IssueService.DeleteValidationResult(null, noErrors());
        when(issueService.validateDelete(user, 42L)).thenReturn(validation);
        when(issueService.delete(user, validation)).thenReturn(null);

        writer.delete(42L);

        verify(issueService).delete(user, validation);
    }

    @Test
    void aRefusedDeleteIsNotAttempted() {
        IssueService.DeleteValidationResult validation = new IssueService.DeleteValidationResult(null,
                errors(List.of("You may not delete this issue."), Map.of()));
        when(issueService.validateDelete(user, 42L)).thenReturn(validation);

        assertThatThrownBy(() -> writer.delete(42L))
                .isInstanceOf(IssueWriteException.class)
                .hasMessage("You may not delete this issue.");
        verify(issueService, never()).delete(any(), any());
    }

    @Test
    void errorsFromTheDeleteItselfAreReported() {
        IssueService.DeleteValidationResult validation = new IssueService.DeleteValidationResult(null, noErrors());
        when(issueService.validateDelete(user, 42L)).thenReturn(validation);
        when(issueService.delete(user, validation))
                .thenReturn(errors(List.of("The issue is locked."), Map.of("issue", "Locked by a workflow.")));

        assertThatThrownBy(() -> writer.delete(42L))
                .isInstanceOf(IssueWriteException.class)
                .hasMessage("The issue is locked. issue: Locked by a workflow.");
        verify(issueService, never()).validateUpdate(any(), anyLong(), any());
    }
}
