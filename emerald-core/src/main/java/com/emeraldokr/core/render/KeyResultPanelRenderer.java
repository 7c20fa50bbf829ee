package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.ValueFormat;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.KeyResultPanelView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.KpiViews.KpiProposalView;
import com.emeraldokr.api.view.KpiViews.ProposalDecisionView;
import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.domain.KeyResultKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static com.emeraldokr.api.render.Html.escape;

/**
 * The key-result panel on a Key Result issue, compact enough for Jira's right-hand column: the
 * objective it belongs to, status, progress, where it stands against its target and the last
 * check-in first; then the linked epics with a short form to link more, the recent check-ins
 * collapsed, and a short check-in form for the kinds people check in. Server-side HTML, every value
 * escaped; the forms are wired by {@code emerald-web/issue-panel.js}.
 */
public final class KeyResultPanelRenderer {

    /** The panel is narrow; older check-ins are in REST and the trend item. */
    static final int HISTORY_ROWS = 5;

    private final PanelParts parts;
    private final ValueFormat format;

    public KeyResultPanelRenderer(Messages messages, UnaryOperator<String> issueUrl) {
        this.parts = new PanelParts(messages, issueUrl);
        this.format = ValueFormat.of(messages);
    }

    public String render(KeyResultPanelView panel) {
        return render(panel, null);
    }

    /**
     * The panel with the KPI the key result proposes now that it reached its target and held it
     * ({@code proposal} null when it proposes none): Accept and Dismiss (with a reason) while it is open
     * and the reader may decide, otherwise what was decided.
     */
    public String render(KeyResultPanelView panel, KpiProposalView proposal) {
        String html = render(panel.keyResult(), panel);
        if (proposal == null) {
            return html;
        }
        return html.substring(0, html.length() - "</div>".length()) + proposal(proposal) + "</div>";
    }

    private String proposal(KpiProposalView p) {
        StringBuilder html = new StringBuilder(1024).append("<div class=\"emerald-panel-proposal\" data-state=\"")
                .append(escape(p.decision().state())).append("\">")
                .append(parts.heading("emerald.panel.proposal.title"))
                .append("<p>").append(escape(p.reason())).append("</p>")
                .append("<p class=\"emerald-panel-proposal-kpi\">").append(parts.text("emerald.panel.proposal.kpi", p.name(), kpiTarget(p)))
                .append("</p>");
        ProposalDecisionView d = p.decision();
        if ("ACCEPTED".equals(d.state())) {
            html.append(parts.note("emerald.panel.proposal.accepted", d.decidedBy() == null ? "" : d.decidedBy()));
        } else if ("DISMISSED".equals(d.state())) {
            html.append(parts.note("emerald.panel.proposal.dismissed", d.decidedBy() == null ? "" : d.decidedBy(),
                    d.reason() == null ? "" : d.reason()));
        } else if (p.mayDecide()) {
            html.append("<form class=\"aui emerald-kpi-proposal-accept\"><button class=\"aui-button aui-button-primary\" type=\"submit\">")
                    .append(parts.text("emerald.gadget.proposal.accept")).append("</button>")
                    .append("<p class=\"emerald-proposal-message\" role=\"status\" hidden></p></form>")
                    .append("<form class=\"aui emerald-kpi-proposal-dismiss\"><label>").append(parts.text("emerald.gadget.proposal.reason"))
                    .append(" <input class=\"text\" name=\"reason\" type=\"text\" maxlength=\"1000\" required></label>")
                    .append("<button class=\"aui-button\" type=\"submit\">").append(parts.text("emerald.gadget.proposal.dismiss"))
                    .append("</button><p class=\"emerald-proposal-message\" role=\"status\" hidden></p></form>");
        }
        return html.append("</div>").toString();
    }

    private String kpiTarget(KpiProposalView p) {
        if (p.rangeLow() != null && p.rangeHigh() != null) {
            return format.withUnit(p.rangeLow(), p.unit()) + "\u2013" + format.withUnit(p.rangeHigh(), p.unit());
        }
        return ("LOWER_IS_BETTER".equals(p.direction()) ? "\u2264\u00A0" : "\u2265\u00A0") + format.withUnit(p.target(), p.unit());
    }

    private String render(KeyResultView kr, KeyResultPanelView panel) {
        boolean measured = KeyResultKind.valueOf(kr.kind()) == KeyResultKind.ISSUE_COMPLETION;
        StringBuilder html = new StringBuilder(2048);
        html.append("<div class=\"emerald-issue-panel emerald-keyresult-panel\" data-issue-key=\"").append(escape(kr.issueKey()))
                .append("\">");
        if (panel.objective() != null) {
            html.append("<p class=\"emerald-panel-objective\"><span class=\"emerald-panel-label\">")
                    .append(parts.text("emerald.panel.objective.title")).append("</span> ")
                    .append(parts.objectiveLine("span", "emerald-panel-ref", panel.objective())).append("</p>");
        }
        html.append("<p class=\"emerald-panel-headline\">").append(parts.lozenge(kr.status()))
                .append(" <span class=\"emerald-progress-text\">").append(parts.text("emerald.gadget.progress", kr.percent()))
                .append("</span></p>");
        html.append(parts.progressBar(kr.percent()));
        html.append("<p class=\"emerald-panel-value\">").append(escape(format.keyResultValue(kr))).append("</p>");
        if (!measured) {
            html.append("<p class=\"emerald-panel-meta\"><span class=\"emerald-panel-target\">")
                    .append(parts.text("emerald.panel.target", target(kr))).append("</span> · <span class=\"emerald-panel-lastcheckin\">")
                    .append(kr.lastCheckInAt() == null ? parts.text("emerald.panel.lastcheckin.none")
                            : parts.text("emerald.panel.lastcheckin", day(kr.lastCheckInAt()), kr.confidence()))
                    .append("</span></p>");
        }
        epics(html, kr, measured);
        if (KeyResultKind.valueOf(kr.kind()).isCheckedIn()) {
            history(html, kr.checkIns());
            if (kr.kpiId() == null) {
                form(html, kr);
            } else {
                html.append(parts.note("emerald.panel.kpi"));
            }
        } else {
            html.append(parts.note("emerald.panel.measured"));
        }
        html.append("</div>");
        return html.toString();
    }

    /** The target with its unit; a band reads low–high. */
    private String target(KeyResultView kr) {
        return kr.upper() == null ? format.withUnit(kr.target(), kr.unit())
                : format.withUnit(kr.target(), kr.unit()) + "\u2013" + format.withUnit(kr.upper(), kr.unit());
    }

    private void epics(StringBuilder html, KeyResultView kr, boolean measured) {
        WorkCompletionView completion = kr.completion();
        if (completion == null) {
            if (measured) {
                html.append(parts.heading("emerald.panel.epics.title")).append(parts.note("emerald.panel.epics.none"));
            }
            linkForm(html, kr);
            return;
        }
        html.append(parts.heading("emerald.panel.epics.title"));
        if (!measured) {
            // a measured key result's headline already says how much of the work is done
            html.append("<p class=\"emerald-epics-summary\">")
                    .append(escape(format.completion(completion.measure(), completion.done(), completion.total()))).append("</p>");
        }
        html.append("<ul class=\"emerald-epics\">");
        for (WorkCompletionView.EpicView epic : completion.epics()) {
            html.append("<li data-issue-key=\"").append(escape(epic.issueKey())).append("\">")
                    .append(parts.link(epic.issueKey(), epic.summary())).append(" — ")
                    .append(parts.text("emerald.panel.epic.share", epic.percent(), format.number(epic.done()), format.number(epic.total())))
                    .append(" <button type=\"button\" class=\"aui-button aui-button-link emerald-unlink-epic\" data-epic-key=\"")
                    .append(escape(epic.issueKey())).append("\">").append(parts.text("emerald.panel.epic.unlink")).append("</button>")
                    .append("</li>");
        }
        html.append("</ul>");
        // estimates only matter when progress is counted in story points
        if ("STORY_POINTS".equals(completion.measure()) && !completion.unestimated().isEmpty()) {
            html.append(parts.note("emerald.panel.epics.unestimated", completion.unestimated().size(),
                    String.join(", ", completion.unestimated())));
        }
        linkForm(html, kr);
    }

    /** Links another epic to the key result: one line, wired by issue-panel.js like the check-in form. */
    private void linkForm(StringBuilder html, KeyResultView kr) {
        html.append("<form class=\"aui emerald-link-epic-form emerald-inline-form\" data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                .append("<label>").append(parts.text("emerald.panel.epic.key"))
                .append(" <input class=\"text\" name=\"epicKey\" type=\"text\" maxlength=\"255\" required></label>")
                .append("<button class=\"aui-button\" type=\"submit\">").append(parts.text("emerald.panel.epic.link")).append("</button>")
                .append("<p class=\"emerald-link-message\" role=\"status\" hidden></p>")
                .append("</form>");
    }

    /** The most recent check-ins, newest first, collapsed under a summary that counts them all. */
    private void history(StringBuilder html, List<CheckInView> checkIns) {
        if (checkIns.isEmpty()) {
            html.append(parts.heading("emerald.panel.history.title")).append(parts.note("emerald.panel.history.none"));
            return;
        }
        html.append("<details class=\"emerald-panel-history\"><summary>")
                .append(parts.text("emerald.panel.history.count", checkIns.size())).append("</summary>");
        html.append("<table class=\"aui emerald-checkins\"><thead><tr>")
                .append("<th>").append(parts.text("emerald.panel.history.date")).append("</th>")
                .append("<th>").append(parts.text("emerald.panel.history.value")).append("</th>")
                .append("<th>").append(parts.text("emerald.panel.history.confidence")).append("</th>")
                .append("<th>").append(parts.text("emerald.panel.history.note")).append("</th>")
                .append("</tr></thead><tbody>");
        List<CheckInView> newestFirst = new ArrayList<>(checkIns);
        Collections.reverse(newestFirst);
        for (CheckInView c : newestFirst.subList(0, Math.min(HISTORY_ROWS, newestFirst.size()))) {
            html.append("<tr><td>").append(escape(day(c.at()))).append("</td>")
                    .append("<td>").append(escape(format.number(c.value()))).append("</td>")
                    .append("<td>").append(c.confidence()).append("/10</td>")
                    .append("<td>").append(escape(c.note())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (checkIns.size() > HISTORY_ROWS) {
            html.append(parts.note("emerald.panel.history.limited", HISTORY_ROWS, checkIns.size()));
        }
        html.append("</details>");
    }

    /** Value and confidence side by side, a one-line note. */
    private void form(StringBuilder html, KeyResultView kr) {
        html.append("<form class=\"aui emerald-checkin-form\" data-issue-key=\"").append(escape(kr.issueKey())).append("\">")
                .append(parts.heading("emerald.panel.checkin.title"))
                .append("<div class=\"emerald-form-row\">")
                .append("<label>").append(parts.text("emerald.panel.checkin.value"))
                .append(" <input class=\"text\" name=\"value\" type=\"number\" step=\"any\" required></label>")
                .append("<label>").append(parts.text("emerald.panel.checkin.confidence"))
                .append(" <input class=\"text\" name=\"confidence\" type=\"number\" min=\"0\" max=\"10\" step=\"1\" required></label>")
                .append("</div>")
                .append("<label>").append(parts.text("emerald.panel.checkin.note"))
                .append(" <input class=\"text\" name=\"note\" type=\"text\" maxlength=\"4000\"></label>")
                .append("<button class=\"aui-button\" type=\"submit\">").append(parts.text("emerald.panel.checkin.submit")).append("</button>")
                .append("<p class=\"emerald-checkin-message\" role=\"status\" hidden></p>")
                .append("</form>");
    }

    private static String day(String at) {
        return at.length() >= 10 ? at.substring(0, 10) : at;
    }
}
