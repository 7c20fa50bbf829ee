package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssueWriter;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link IssueWriter} on Jira's issue service: validate, then act, as the logged-in user, so Jira's
 * permissions, field configuration, history and notifications apply. Jira's own messages are
 * passed on; they are already in the user's language.
 */
@Named
public class JiraIssueWriter implements IssueWriter {

    private final IssueService issueService;
    private final ProjectManager projects;
    private final JiraAuthenticationContext authenticationContext;
    private final EmeraldJiraSettings settings;
    private final Messages messages;

    @Inject
    public JiraIssueWriter(@ComponentImport IssueService issueService, @ComponentImport ProjectManager projects,
                           @ComponentImport JiraAuthenticationContext authenticationContext, EmeraldJiraSettings settings,
                           Messages messages) {
        this.issueService = issueService;
        this.projects = projects;
        this.authenticationContext = authenticationContext;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public IssueSummary create(String projectKey, IssueRole role, String summary, String description) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IssueWriteException(messages.text("emerald.error.project.not.found", projectKey));
        }
        String code = switch (role) {
            case OBJECTIVE -> EmeraldJiraSettings.OBJECTIVE;
            case KEY_RESULT -> EmeraldJiraSettings.KEY_RESULT;
            default -> throw new IllegalArgumentException("Emerald creates objectives and key results, not " + role);
        };
        String issueTypeId = settings.issueTypeId(code).orElseThrow(() -> new IllegalStateException(
                "Emerald's issue types are not set up yet; an administrator runs the issue setup first"));
        ApplicationUser user = authenticationContext.getLoggedInUser();
        IssueInputParameters parameters = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(issueTypeId)
                .setSummary(summary)
                .setDescription(description);
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, parameters);
        if (!validation.isValid()) {
            throw refused(validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid()) {
            throw refused(result.getErrorCollection());
        }
        MutableIssue issue = result.getIssue();
        return new IssueSummary(issue.getId(), issue.getKey(), issue.getSummary());
    }

    @Override
    public void updateSummary(long issueId, String summary) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, issueId,
                issueService.newIssueInputParameters().setSummary(summary));
        if (!validation.isValid()) {
            throw refused(validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.update(user, validation);
        if (!result.isValid()) {
            throw refused(result.getErrorCollection());
        }
    }

    @Override
    public void delete(long issueId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        IssueService.DeleteValidationResult validation = issueService.validateDelete(user, issueId);
        if (!validation.isValid()) {
            throw refused(validation.getErrorCollection());
        }
        ErrorCollection errors = issueService.delete(user, validation);
        if (errors != null && errors.hasAnyErrors()) {
            throw refused(errors);
        }
    }

    /** Jira's reasons, general messages first, then each field's. */
    static IssueWriteException refused(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        for (Map.Entry<String, String> field : errors.getErrors().entrySet()) {
            reasons.add(field.getKey() + ": " + field.getValue());
        }
        return new IssueWriteException(String.join(" ", reasons));
    }
}
