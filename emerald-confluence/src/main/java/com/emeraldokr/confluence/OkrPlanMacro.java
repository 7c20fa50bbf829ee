package com.emeraldokr.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.OkrPlanRenderer;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.Locale;
import java.util.Map;

/**
 * {@code okr-plan}: a project's objectives and key results for a cycle as a planning table, live
 * from Jira. Parameters: project (required), cycle (id; the current cycle when empty), show
 * (all or objectives), lint (true to list the OKR lint's findings).
 */
@Named
public class OkrPlanMacro extends BlockMacro {

    private final OkrDataClient client;
    private final Messages messages;
    private final JiraBackedContent content;

    @Inject
    public OkrPlanMacro(OkrDataClient client, Messages messages) {
        this.client = client;
        this.messages = messages;
        this.content = new JiraBackedContent(messages);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String project = upperOrNull(parameters.get("project"));
        if (project == null) {
            return content.missingParameter("project");
        }
        if (!isProjectKey(project)) {
            return content.invalidParameter("project", parameters.get("project"));
        }
        Long cycle = null;
        String rawCycle = parameters.get("cycle");
        if (rawCycle != null && !rawCycle.isBlank()) {
            try {
                cycle = Long.parseLong(rawCycle.strip());
            } catch (NumberFormatException e) {
                cycle = -1L;
            }
            if (cycle <= 0) {
                return content.invalidParameter("cycle", rawCycle);
            }
        }
        String show = parameters.getOrDefault("show", "all").strip().toLowerCase(Locale.ROOT);
        if (!show.equals("all") && !show.equals("objectives")) {
            return content.invalidParameter("show", parameters.get("show"));
        }
        String lint = parameters.getOrDefault("lint", "false").strip().toLowerCase(Locale.ROOT);
        if (!lint.equals("true") && !lint.equals("false")) {
            return content.invalidParameter("lint", parameters.get("lint"));
        }
        Long cycleId = cycle;
        return content.render(project, () -> new OkrPlanRenderer(messages, client::issueUrl)
                .render(client.plan(project, cycleId, lint.equals("true")), show.equals("objectives")));
    }
}
