package com.emeraldokr.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows a project's OKRs link only in projects where OKRs are enabled (see {@link JiraOkrProjects}).
 * The project comes from the web-fragment context: the {@code project} object Jira puts there, or
 * else the project key Jira's project sidebar links use ({@code pathEncodedProjectKey}).
 */
public class OkrProjectCondition implements Condition {

    static final String PROJECT = "project";
    static final String PROJECT_KEY = "pathEncodedProjectKey";

    private final JiraOkrProjects projects;

    public OkrProjectCondition(JiraOkrProjects projects) {
        this.projects = projects;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (context == null) {
            return false;
        }
        if (context.get(PROJECT) instanceof Project project) {
            return projects.okrsEnabled(project);
        }
        return context.get(PROJECT_KEY) instanceof String key && OkrWorkspaceHtml.projectKey(key).isPresent()
                && projects.okrsEnabled(OkrWorkspaceHtml.projectKey(key).get());
    }
}
