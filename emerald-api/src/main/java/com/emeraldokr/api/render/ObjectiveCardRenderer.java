package com.emeraldokr.api.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * One objective as a server-side HTML card: readable with JavaScript off and in PDF/Word export,
 * so it uses a plain table and inline widths rather than script-drawn charts.
 */
public final class ObjectiveCardRenderer {

    private final Messages messages;
    private final ValueFormat format;
    private final UnaryOperator<String> issueUrl;

    /** @param issueUrl the address an issue key links to, for example {@code https://jira.example.com/browse/OKR-1} */
    public ObjectiveCardRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.format = ValueFormat.of(messages);
        this.issueUrl = issueUrl;
    }

    public String render(ObjectiveView objective) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"emerald-objective-card\" data-issue-key=\"").append(escape(objective.issueKey())).append("\">");
        html.append("<h3 class=\"emerald-card-title\">").append(issueLink(objective.issueKey(), objective.summary()))
                .append(' ').append(lozenge(objective.status())).append("</h3>");
        html.append("<p class=\"emerald-card-meta\">")
                .append(escape(messages.text("emerald.commitment." + objective.commitment()))).append(" · ")
                .append(escape(messages.text("emerald.gadget.score", format.score(objective.score())))).append(" · ")
                .append(progress(objective.percent()))
                .append("</p>");
        // Confluence scrolls a wide table inside its table-wrap instead of the whole page
        html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(messages.text("emerald.macro.table.region"))).append("\"><table class=\"aui emerald-card-keyresults\"><thead><tr>")
                .append(th("emerald.macro.column.keyresult"))
                .append(th("emerald.macro.column.value"))
                .append(th("emerald.macro.column.progress"))
                .append(th("emerald.macro.column.status"))
                .append(th("emerald.macro.column.checkin"))
                .append("</tr></thead><tbody>");
        for (KeyResultView kr : objective.keyResults()) {
            html.append("<tr data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                    .append("<td>").append(issueLink(kr.issueKey(), kr.summary())).append("</td>")
                    .append("<td>").append(escape(format.keyResultValue(kr))).append("</td>")
                    .append("<td>").append(progress(kr.percent())).append("</td>")
                    .append("<td>").append(lozenge(kr.status())).append("</td>")
                    .append("<td>").append(lastCheckIn(kr)).append("</td>")
                    .append("</tr>");
        }
        html.append("</tbody></table></div></div>");
        return html.toString();
    }

    /** The date of the last check-in and the owner's confidence then, or a dash before the first. */
    private String lastCheckIn(KeyResultView kr) {
        if (kr.lastCheckInAt() == null) {
            return "\u2014";
        }
        String day = kr.lastCheckInAt().length() >= 10 ? kr.lastCheckInAt().substring(0, 10) : kr.lastCheckInAt();
        return escape(messages.text("emerald.macro.checkin", day, kr.confidence()));
    }

    private String th(String key) {
        return "<th>" + escape(messages.text(key)) + "</th>";
    }

    private String issueLink(String key, String summary) {
        return "<a href=\"" + escape(issueUrl.apply(key)) + "\">" + escape(key) + "</a> " + escape(summary);
    }

    private String lozenge(String status) {
        return StatusLozenge.html(messages, "emerald.status", status);
    }

    private String progress(int percent) {
        return "<span class=\"emerald-progress-text\">" + escape(messages.text("emerald.gadget.progress", percent)) + "</span>";
    }
}
