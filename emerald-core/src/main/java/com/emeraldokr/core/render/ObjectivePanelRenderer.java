package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.ValueFormat;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectivePanelView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * The objective panel on an Objective issue, compact for Jira's right-hand column: status, progress,
 * commitment and score, the objective it aligns to, its key results one per line, and the objectives
 * aligned to it. Every value escaped.
 */
public final class ObjectivePanelRenderer {

    private final Messages messages;
    private final PanelParts parts;
    private final ValueFormat format;

    public ObjectivePanelRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.parts = new PanelParts(messages, issueUrl);
        this.format = ValueFormat.of(messages);
    }

    public String render(ObjectivePanelView panel) {
        ObjectiveView o = panel.objective();
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"emerald-issue-panel emerald-objective-panel\" data-issue-key=\"").append(escape(o.issueKey())).append("\">");
        html.append("<p class=\"emerald-panel-headline\">").append(parts.lozenge(o.status()))
                .append(" <span class=\"emerald-progress-text\">").append(parts.text("emerald.gadget.progress", o.percent()))
                .append("</span></p>");
        html.append(parts.progressBar(o.percent()));
        html.append("<p class=\"emerald-panel-meta\">").append(parts.text("emerald.commitment." + o.commitment())).append(" · ")
                .append(escape(messages.text("emerald.gadget.score", format.score(o.score())))).append("</p>");
        html.append(parts.heading("emerald.panel.alignment.parent"));
        ObjectiveRefView parent = panel.parent();
        html.append(parent == null ? parts.note("emerald.panel.alignment.parent.none")
                : parts.objectiveLine("p", "emerald-panel-ref emerald-alignment-parent", parent));
        html.append(parts.heading("emerald.panel.keyresults.title")).append("<ul class=\"emerald-panel-keyresults\">");
        for (KeyResultView kr : o.keyResults()) {
            html.append("<li data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                    .append(parts.link(kr.issueKey(), kr.summary())).append(" ").append(parts.lozenge(kr.status()))
                    .append("<br><span class=\"emerald-panel-value\">").append(escape(format.keyResultValue(kr))).append("</span>")
                    .append("</li>");
        }
        html.append("</ul>");
        html.append(parts.heading("emerald.panel.alignment.children"));
        if (panel.children().isEmpty()) {
            html.append(parts.note("emerald.panel.alignment.children.none"));
        } else {
            html.append("<ul class=\"emerald-alignment-children\">");
            panel.children().forEach(child -> html.append(parts.objectiveLine("li", "emerald-panel-ref", child)));
            html.append("</ul>");
        }
        return html.append("</div>").toString();
    }
}
