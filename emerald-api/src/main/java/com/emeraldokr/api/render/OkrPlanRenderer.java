package com.emeraldokr.api.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * A cycle's plan as one server-side table: each objective, then its key results with start, target,
 * current value, progress and status. Plain HTML, so it reads the same in PDF and Word export.
 */
public final class OkrPlanRenderer {

    private final Messages messages;
    private final ValueFormat format;
    private final UnaryOperator<String> issueUrl;

    public OkrPlanRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.format = ValueFormat.of(messages);
        this.issueUrl = issueUrl;
    }

    public String render(OkrPlanView plan, boolean objectivesOnly) {
        StringBuilder html = new StringBuilder(4096).append("<div class=\"emerald-okr-plan\">");
        if (plan.cycle() == null) {
            return html.append(message("emerald.macro.plan.no.cycle")).append("</div>").toString();
        }
        html.append("<p class=\"emerald-plan-cycle\"><strong>").append(escape(plan.cycle().name())).append("</strong> ")
                .append(escape(plan.cycle().start())).append(" \u2013 ").append(escape(plan.cycle().end())).append("</p>");
        if (plan.objectives().isEmpty()) {
            return html.append(message("emerald.macro.plan.empty")).append("</div>").toString();
        }
        // Confluence scrolls a wide table inside its table-wrap instead of the whole page
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(messages.text("emerald.macro.table.region"))).append("\"><table class=\"aui emerald-plan-table\"><thead><tr>")
                .append(th("emerald.macro.column.objective")).append(th("emerald.macro.column.commitment"));
        if (!objectivesOnly) {
            html.append(th("emerald.macro.column.keyresult")).append(th("emerald.macro.column.range"))
                    .append(th("emerald.macro.column.current"));
        }
        html.append(th("emerald.macro.column.progress")).append(th("emerald.macro.column.status")).append("</tr></thead><tbody>");
        for (ObjectiveView o : plan.objectives()) {
            html.append("<tr class=\"emerald-plan-objective\" data-issue-key=\"").append(escape(o.issueKey())).append("\">")
                    .append("<td>").append(link(o.issueKey(), o.summary())).append("</td>")
                    .append("<td>").append(escape(messages.text("emerald.commitment." + o.commitment()))).append("</td>");
            if (!objectivesOnly) {
                html.append("<td></td><td></td><td></td>");
            }
            html.append("<td>").append(percent(o.percent())).append("</td>")
                    .append("<td>").append(StatusLozenge.html(messages, "emerald.status", o.status())).append("</td></tr>");
            if (!objectivesOnly) {
                for (KeyResultView k : o.keyResults()) {
                    html.append("<tr class=\"emerald-plan-keyresult\" data-issue-key=\"").append(escape(k.issueKey())).append("\">")
                            .append("<td></td><td></td>")
                            .append("<td>").append(link(k.issueKey(), k.summary())).append("</td>")
                            .append("<td>").append(range(k)).append("</td>")
                            .append("<td>").append(escape(format.current(k))).append("</td>")
                            .append("<td>").append(percent(k.percent())).append("</td>")
                            .append("<td>").append(StatusLozenge.html(messages, "emerald.status", k.status())).append("</td></tr>");
                }
            }
        }
        html.append("</tbody></table></div>");
        if (!plan.findings().isEmpty()) {
            html.append("<div class=\"emerald-plan-findings\"><p><strong>")
                    .append(escape(messages.text("emerald.macro.plan.findings"))).append("</strong></p><ul>");
            for (OkrPlanView.Finding f : plan.findings()) {
                html.append("<li data-rule=\"").append(escape(f.ruleId())).append("\">")
                        .append(escape(messages.text("emerald.lint.severity." + f.severity()))).append(": ")
                        .append(escape(f.message())).append("</li>");
            }
            html.append("</ul></div>");
        }
        return html.append("</div>").toString();
    }

    private String th(String key) {
        return "<th>" + escape(messages.text(key)) + "</th>";
    }

    private String link(String key, String summary) {
        return "<a href=\"" + escape(issueUrl.apply(key)) + "\">" + escape(key) + "</a> " + escape(summary);
    }

    /** Start → target (–upper); an ISSUE_COMPLETION key result's range is the work under its epics. */
    private String range(KeyResultView k) {
        if ("ISSUE_COMPLETION".equals(k.kind())) {
            return escape(messages.text("emerald.value.completion.range"));
        }
        return escape(format.withUnit(k.start(), k.unit())) + " \u2192 " + escape(format.withUnit(k.target(), k.unit()))
                + (k.upper() == null ? "" : "\u2013" + escape(format.withUnit(k.upper(), k.unit())));
    }

    private String percent(int percent) {
        return escape(messages.text("emerald.macro.percent", percent));
    }

    private String message(String key) {
        return "<div class=\"aui-message aui-message-info\"><p>" + escape(messages.text(key)) + "</p></div>";
    }
}
