package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.StatusLozenge;
import com.emeraldokr.api.view.ObjectiveRefView;

import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/** What the issue-view panels share: issue links, status lozenges, progress bars, labelled lines. Every value escaped. */
final class PanelParts {

    private final Messages messages;
    private final UnaryOperator<String> issueUrl;

    PanelParts(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.issueUrl = issueUrl;
    }

    String text(String key, Object... args) {
        return escape(messages.text(key, args));
    }

    String link(String issueKey, String summary) {
        return "<a href=\"" + escape(issueUrl.apply(issueKey)) + "\">" + escape(issueKey) + "</a> "
                + "<span class=\"emerald-panel-summary\">" + escape(summary) + "</span>";
    }

    String lozenge(String status) {
        return StatusLozenge.html(messages, "emerald.status", status);
    }

    String progressBar(int percent) {
        String label = text("emerald.gadget.progress", percent);
        return "<div class=\"emerald-progressbar\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\""
                + percent + "\" aria-label=\"" + label + "\"><span style=\"width:" + Math.max(0, Math.min(100, percent))
                + "%\"></span></div>";
    }

    /** One objective as a line: link, status, progress; {@code cssClass} names what it is to the panel's issue. */
    String objectiveLine(String tag, String cssClass, ObjectiveRefView objective) {
        return "<" + tag + " class=\"" + cssClass + "\" data-issue-key=\"" + escape(objective.issueKey()) + "\">"
                + link(objective.issueKey(), objective.summary()) + " " + lozenge(objective.status())
                + " <span class=\"emerald-progress-text\">" + text("emerald.macro.percent", objective.percent()) + "</span></" + tag + ">";
    }

    /** A small heading of a panel section. */
    String heading(String key, Object... args) {
        return "<h4>" + text(key, args) + "</h4>";
    }

    String note(String key, Object... args) {
        return "<p class=\"emerald-panel-note\">" + text(key, args) + "</p>";
    }
}
