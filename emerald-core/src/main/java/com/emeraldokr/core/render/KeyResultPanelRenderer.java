package com.emeraldokr.core.render;

import com.emeraldokr.api.render.StatusLozenge;
import com.emeraldokr.api.render.ValueFormat;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.WorkCompletionView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * The key-result panel on a Key Result issue: progress and status, the linked epics with their done
 * share and a form to link more, the check-in history, and a check-in form for the kinds people
 * check in. Server-side HTML, every value escaped; the forms are wired by {@code emerald-web/issue-panel.js}.
 */
public final class KeyResultPanelRenderer {

    /** The panel is narrow; older check-ins are in REST and the trend gadget. */
    static final int HISTORY_ROWS = 10;

    private final Messages messages;
    private final UnaryOperator<String> issueUrl;

    public KeyResultPanelRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.messages = messages;
        this.issueUrl = issueUrl;
    }

    public String render(KeyResultView kr) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"emerald-issue-panel emerald-keyresult-panel\" data-issue-key=\"").append(escape(kr.issueKey()))
                .append("\">");
        html.append("<p class=\"emerald-panel-headline\">").append(StatusLozenge.html(messages, "emerald.status", kr.status()))
                .append(" <span class=\"emerald-progress-text\">").append(text("emerald.gadget.progress", kr.percent())).append("</span> · ")
                .append(text("emerald.gadget.keyresult.value", ValueFormat.withUnit(kr.current(), kr.unit()),
                        ValueFormat.withUnit(kr.target(), kr.unit())))
                .append("</p>");
        html.append("<div class=\"emerald-progressbar\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                .append(kr.percent()).append("\" aria-label=\"").append(text("emerald.gadget.progress", kr.percent()))
                .append("\"><span style=\"width:").append(Math.max(0, Math.min(100, kr.percent())))
                .append("%\"></span></div>");
        epics(html, kr);
        boolean checkedIn = KeyResultKind.valueOf(kr.kind()).isCheckedIn();
        if (checkedIn) {
            history(html, kr.checkIns());
            form(html, kr);
        } else {
            html.append("<p class=\"emerald-panel-note\">").append(text("emerald.panel.measured")).append("</p>");
        }
        html.append("</div>");
        return html.toString();
    }

    private void epics(StringBuilder html, KeyResultView kr) {
        WorkCompletionView completion = kr.completion();
        boolean computed = KeyResultKind.valueOf(kr.kind()) == KeyResultKind.ISSUE_COMPLETION;
        if (completion == null) {
            if (computed) {
                html.append("<h4>").append(text("emerald.panel.epics.title")).append("</h4><p class=\"emerald-panel-note\">")
                        .append(text("emerald.panel.epics.none")).append("</p>");
            }
            linkForm(html, kr);
            return;
        }
        html.append("<h4>").append(text("emerald.panel.epics.title")).append("</h4>");
        html.append("<p class=\"emerald-epics-summary\">").append(text("emerald.panel.epics.summary." + completion.measure(),
                plain(completion.done()), plain(completion.total()))).append("</p>");
        html.append("<ul class=\"emerald-epics\">");
        for (WorkCompletionView.EpicView epic : completion.epics()) {
            html.append("<li data-issue-key=\"").append(escape(epic.issueKey())).append("\"><a href=\"")
                    .append(escape(issueUrl.apply(epic.issueKey()))).append("\">").append(escape(epic.issueKey())).append("</a> ")
                    .append(escape(epic.summary())).append(" — ")
                    .append(text("emerald.panel.epic.share", epic.percent(), plain(epic.done()), plain(epic.total())))
                    .append(" <button type=\"button\" class=\"aui-button aui-button-link emerald-unlink-epic\" data-epic-key=\"")
                    .append(escape(epic.issueKey())).append("\">").append(text("emerald.panel.epic.unlink")).append("</button>")
                    .append("</li>");
        }
        html.append("</ul>");
        // estimates only matter when progress is counted in story points
        if ("STORY_POINTS".equals(completion.measure()) && !completion.unestimated().isEmpty()) {
            html.append("<p class=\"emerald-panel-note\">").append(text("emerald.panel.epics.unestimated",
                    completion.unestimated().size(), String.join(", ", completion.unestimated()))).append("</p>");
        }
        linkForm(html, kr);
    }

    /** Links another epic to the key result; wired by issue-panel.js like the check-in form. */
    private void linkForm(StringBuilder html, KeyResultView kr) {
        html.append("<form class=\"aui emerald-link-epic-form\" data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                .append("<label>").append(text("emerald.panel.epic.key"))
                .append(" <input class=\"text\" name=\"epicKey\" type=\"text\" maxlength=\"255\" required></label>")
                .append("<button class=\"aui-button\" type=\"submit\">").append(text("emerald.panel.epic.link")).append("</button>")
                .append("<p class=\"emerald-link-message\" role=\"status\" hidden></p>")
                .append("</form>");
    }

    private void history(StringBuilder html, List<CheckInView> checkIns) {
        html.append("<h4>").append(text("emerald.panel.history.title")).append("</h4>");
        if (checkIns.isEmpty()) {
            html.append("<p class=\"emerald-panel-note\">").append(text("emerald.panel.history.none")).append("</p>");
            return;
        }
        html.append("<table class=\"aui emerald-checkins\"><thead><tr>")
                .append("<th>").append(text("emerald.panel.history.date")).append("</th>")
                .append("<th>").append(text("emerald.panel.history.value")).append("</th>")
                .append("<th>").append(text("emerald.panel.history.confidence")).append("</th>")
                .append("<th>").append(text("emerald.panel.history.note")).append("</th>")
                .append("</tr></thead><tbody>");
        List<CheckInView> newestFirst = new ArrayList<>(checkIns);
        java.util.Collections.reverse(newestFirst);
        for (CheckInView c : newestFirst.subList(0, Math.min(HISTORY_ROWS, newestFirst.size()))) {
            html.append("<tr><td>").append(escape(c.at().length() >= 10 ? c.at().substring(0, 10) : c.at())).append("</td>")
                    .append("<td>").append(escape(plain(c.value()))).append("</td>")
                    .append("<td>").append(c.confidence()).append("/10</td>")
                    .append("<td>").append(escape(c.note())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void form(StringBuilder html, KeyResultView kr) {
        html.append("<form class=\"aui emerald-checkin-form\" data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                .append("<h4>").append(text("emerald.panel.checkin.title")).append("</h4>")
                .append("<label>").append(text("emerald.panel.checkin.value"))
                .append(" <input class=\"text\" name=\"value\" type=\"number\" step=\"any\" required></label>")
                .append("<label>").append(text("emerald.panel.checkin.confidence"))
                .append(" <input class=\"text\" name=\"confidence\" type=\"number\" min=\"0\" max=\"10\" step=\"1\" required></label>")
                .append("<label>").append(text("emerald.panel.checkin.note"))
                .append(" <textarea class=\"textarea\" name=\"note\" maxlength=\"4000\"></textarea></label>")
                .append("<button class=\"aui-button\" type=\"submit\">").append(text("emerald.panel.checkin.submit")).append("</button>")
                .append("<p class=\"emerald-checkin-message\" role=\"status\" hidden></p>")
                .append("</form>");
    }

    private static String plain(java.math.BigDecimal value) {
        return ValueFormat.withUnit(value, "");
    }

    private String text(String key, Object... args) {
        return escape(messages.text(key, args));
    }
}
