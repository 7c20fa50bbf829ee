package com.emeraldokr.jira;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.Optional;

/**
 * Which projects OKRs are enabled in: those whose issue-type scheme offers Emerald's Objective type
 * (the type id the installer stored, as {@link JiraOkrIssueSetup#enableInProject} adds it).
 */
@Named
public class JiraOkrProjects {

    private static final Logger LOG = LoggerFactory.getLogger(JiraOkrProjects.class);

    private final ProjectManager projects;
    private final IssueTypeSchemeManager schemes;
    private final EmeraldJiraSettings settings;

    @Inject
    public JiraOkrProjects(@ComponentImport ProjectManager projects, @ComponentImport IssueTypeSchemeManager schemes,
                           EmeraldJiraSettings settings) {
        this.projects = projects;
        this.schemes = schemes;
        this.settings = settings;
    }

    boolean okrsEnabled(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return false;
        }
        try {
            return okrsEnabled(projects.getProjectObjByKey(projectKey));
        } catch (RuntimeException e) {
            LOG.debug("Could not look up project {}; treating OKRs as not enabled there", projectKey, e);
            return false;
        }
    }

    boolean okrsEnabled(Project project) {
        if (project == null) {
            return false;
        }
        Optional<String> objective = settings.issueTypeId(EmeraldJiraSettings.OBJECTIVE);
        if (objective.isEmpty()) {
            return false;
        }
        try {
            for (IssueType type : schemes.getIssueTypesForProject(project)) {
                if (type != null && objective.get().equals(type.getId())) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            // a navigation link must never break the page it is on
            LOG.debug("Could not read the issue types of project {}; treating OKRs as not enabled there", project.getKey(), e);
            return false;
        }
    }
}
