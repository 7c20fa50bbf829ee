package com.emeraldokr.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.KpiStatusRenderer;
import com.emeraldokr.api.request.KpiCategoryNames;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.Map;

/**
 * {@code kpi-status}: KPIs of a project or category with value, target, health, trend and an inline
 * sparkline, live from Jira. Parameters: project and category, both optional.
 */
@Named
public class KpiStatusMacro extends BlockMacro {

    private final OkrDataClient client;
    private final Messages messages;
    private final JiraBackedContent content;

    @Inject
    public KpiStatusMacro(OkrDataClient client, Messages messages) {
        this.client = client;
        this.messages = messages;
        this.content = new JiraBackedContent(messages);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String project = upperOrNull(parameters.get("project"));
        if (project != null && !isProjectKey(project)) {
            return content.invalidParameter("project", parameters.get("project"));
        }
        String category = upperOrNull(parameters.get("category"));
        if (category != null && !KpiCategoryNames.isKnown(category)) {
            return content.invalidParameter("category", parameters.get("category"));
        }
        String subject = project != null ? project : messages.text("emerald.macro.kpi.subject");
        return content.render(subject, () -> new KpiStatusRenderer(messages).render(client.kpis(project, category)));
    }
}
