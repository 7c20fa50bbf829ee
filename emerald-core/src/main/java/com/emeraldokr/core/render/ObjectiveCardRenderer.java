package com.emeraldokr.core.render;

import com.emeraldokr.core.port.Messages;
import com.emeraldokr.core.service.KeyResultView;
import com.emeraldokr.core.service.ObjectiveView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.UnaryOperator;

import static com.emeraldokr.core.render.Html.escape;

/**
 * One objective as a server-side HTML card: readable with JavaScript off and in PDF/Word export,
 * so it uses a plain table and inline widths rather than script-drawn charts.
 */
public final class ObjectiveCardRenderer {

    private static final Map<String, String> STATUS_LOZENGE = Map.of(
            "ON_TRACK", "aui-lozenge-success",
            "AT_RISK", "aui-lozenge-moved",
            "OFF_TRACK", "aui-lozenge-error",
            "MISSED", "aui-lozenge-error",
            "DONE", "aui-lozenge-complete",
            "STALE", "aui-lozenge-current",
            "NOT_STARTED", "");

    private final Messages messages;
    private final UnaryOperator<String> issueUrl;

    /** @param issueUrl the address an issue key links to, for example {@code https://jira.example.com/browse/OKR-1} */
    public ObjectiveCardRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.issueUrl = issueUrl;
    }

    public String render(ObjectiveView objective) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"emerald-objective-card\" data-issue-key=\"").append(escape(objective.issueKey())).append("\">");
        html.append("<h3 class=\"emerald-card-title\">").append(issueLink(objective.issueKey(), objective.summary()))
                .append(' ').append(lozenge(objective.status())).append("</h3>");
        html.append("<p class=\"emerald-card-meta\">")
                .append(escape(messages.text("emerald.commitment." + objective.commitment()))).append(" · ")
                .append(escape(messages.text("emerald.gadget.score", objective.score().setScale(2, RoundingMode.HALF_UP).toPlainString()))).append(" · ")
                .append(progress(objective.percent()))
                .append("</p>");
        html.append("<table class=\"aui emerald-card-keyresults\"><thead><tr>")
                .append(th("emerald.macro.column.keyresult"))
                .append(th("emerald.macro.column.value"))
                .append(th("emerald.macro.column.progress"))
                .append(th("emerald.macro.column.status"))
                .append("</tr></thead><tbody>");
        for (KeyResultView kr : objective.keyResults()) {
            html.append("<tr data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                    .append("<td>").append(issueLink(kr.issueKey(), kr.summary())).append("</td>")
                    .append("<td>").append(escape(messages.text("emerald.gadget.keyresult.value",
                            withUnit(kr.current(), kr.unit()), withUnit(kr.target(), kr.unit())))).append("</td>")
                    .append("<td>").append(progress(kr.percent())).append("</td>")
                    .append("<td>").append(lozenge(kr.status())).append("</td>")
                    .append("</tr>");
        }
        html.append("</tbody></table></div>");
        return html.toString();
    }

    /** A value with its unit, as the gadget writes it: a percent sign right after the number. */
    static String withUnit(BigDecimal value, String unit) {
        String number = value.toPlainString();
        if (unit.isEmpty()) {
            return number;
        }
        return "%".equals(unit) ? number + "%" : number + "\u00A0" + unit;
    }

    private String th(String key) {
        return "<th>" + escape(messages.text(key)) + "</th>";
    }

    private String issueLink(String key, String summary) {
        return "<a href=\"" + escape(issueUrl.apply(key)) + "\">" + escape(key) + "</a> " + escape(summary);
    }

    private String lozenge(String status) {
        String css = STATUS_LOZENGE.getOrDefault(status, "");
        return "<span class=\"aui-lozenge " + css + "\" data-status=\"" + escape(status) + "\">"
                + escape(messages.text("emerald.status." + status)) + "</span>";
    }

    private String progress(int percent) {
        return "<span class=\"emerald-progress-text\">" + escape(messages.text("emerald.gadget.progress", percent)) + "</span>";
    }
}
