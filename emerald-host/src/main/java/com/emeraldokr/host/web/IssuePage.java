package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.render.OkrIssuePanels;
import com.emeraldokr.host.HostText;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sandbox's issue view: the issue's key, type and summary, with Emerald's panel in the right
 * column exactly as the Jira plugin renders it (same renderer, same check-in script): on key
 * results, objectives and epics.
 */
public final class IssuePage {

    private final SandboxIssueDirectory issues;
    private final OkrIssuePanels panels;
    private final HostChrome chrome;
    private final HostText host;
    private final BundleMessages emerald;

    public IssuePage(SandboxIssueDirectory issues, OkrIssuePanels panels, Locale locale, HostChrome chrome) {
        this.chrome = chrome;
        this.issues = issues;
        this.panels = panels;
        this.host = new HostText(locale);
        this.emerald = new BundleMessages(locale);
    }

    /** The page, or empty when there is no such issue. */
    Optional<String> html(String issueKey) {
        return issues.findVisibleDetails(issueKey).map(this::page);
    }

    private String page(IssueDetails issue) {
        String panel;
        String label;
        if (issue.role() == IssueRole.KEY_RESULT) {
            panel = panels.keyResultPanel(issue.key());
            label = emerald.text("emerald.panel.keyresult.label");
        } else if (issue.role() == IssueRole.OBJECTIVE) {
            panel = panels.objectivePanel(issue.key());
            label = emerald.text("emerald.panel.objective.label");
        } else if (issue.role() == IssueRole.EPIC) {
            panel = panels.epicPanel(issue.key());
            label = emerald.text("emerald.panel.epic.label");
        } else {
            panel = "";
            label = "";
        }
        TreeMap<String, String> bundle = new TreeMap<>();
        emerald.bundle().keySet().forEach(k -> bundle.put(k, emerald.bundle().getString(k)));
        return chrome.head("[" + issue.key() + "] " + issue.issue().summary()) + """
                <link rel="stylesheet" href="/static/emerald-web/gadgets.css">
                <link rel="stylesheet" href="/static/emerald-web/issue-panel.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/issue-panel.js"></script>
                </head>
                <body>
                %s<main class="issue-view">
                <div class="aui-page-header"><p class="issue-key">%s</p><h1 id="summary-val">%s</h1></div>
                <aside class="issue-right-context" aria-label="%s">%s%s</aside>
                </main>
                </body>
                </html>
                """.formatted(DashboardPage.scriptSafeJson(bundle), chrome.header(HostChrome.Place.ELSEWHERE), Html.escape(issue.key()),
                Html.escape(issue.issue().summary()), Html.escape(label),
                label.isEmpty() ? "" : "<h2>" + Html.escape(label) + "</h2>", panel);
    }

    private String text(String key, Object... args) {
        return host.html(key, args);
    }
}
