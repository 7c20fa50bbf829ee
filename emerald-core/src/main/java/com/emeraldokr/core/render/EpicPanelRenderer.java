package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.ValueFormat;
import com.emeraldokr.api.view.EpicContributionsView;
import com.emeraldokr.api.view.KeyResultView;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * The panel on an epic: the key results it feeds, each with its objective, progress and status.
 * An epic that feeds two or more key results gets a warning: its work counts towards each of them.
 */
public final class EpicPanelRenderer {

    private final PanelParts parts;
    private final ValueFormat format;

    public EpicPanelRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.parts = new PanelParts(messages, issueUrl);
        this.format = ValueFormat.of(messages);
    }

    public String render(EpicContributionsView epic) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"emerald-issue-panel emerald-epic-panel\" data-issue-key=\"").append(escape(epic.epicKey())).append("\">");
        if (epic.linkedKeyResults() >= 2) {
            html.append("<div class=\"aui-message aui-message-warning emerald-epic-double\" role=\"note\"><p>")
                    .append(parts.text("emerald.panel.epic.double", epic.linkedKeyResults())).append("</p></div>");
        }
        if (epic.keyResults().isEmpty()) {
            return html.append(parts.note("emerald.panel.epic.none")).append("</div>").toString();
        }
        html.append("<ul class=\"emerald-epic-keyresults\">");
        for (EpicContributionsView.Contribution c : epic.keyResults()) {
            KeyResultView kr = c.keyResult();
            html.append("<li data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                    .append("<p class=\"emerald-panel-kr\">").append(parts.link(kr.issueKey(), kr.summary())).append(" ")
                    .append(parts.lozenge(kr.status())).append("</p>")
                    .append(parts.progressBar(kr.percent()))
                    .append("<p class=\"emerald-panel-value\">").append(parts.text("emerald.gadget.progress", kr.percent()))
                    .append(" · ").append(escape(format.keyResultValue(kr))).append("</p>")
                    .append("<p class=\"emerald-panel-objective\" data-objective-key=\"").append(escape(c.objective().issueKey()))
                    .append("\"><span class=\"emerald-panel-label\">").append(parts.text("emerald.panel.objective.title"))
                    .append("</span> ").append(parts.link(c.objective().issueKey(), c.objective().summary())).append(" ")
                    .append(parts.lozenge(c.objective().status())).append("</p>")
                    .append("</li>");
        }
        return html.append("</ul></div>").toString();
    }
}
