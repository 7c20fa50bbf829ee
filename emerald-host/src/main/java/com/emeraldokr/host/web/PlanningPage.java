package com.emeraldokr.host.web;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.emeraldokr.host.HostText;

import java.util.Locale;
import java.util.Map;

/**
 * A sample Confluence planning page: prose with the three Emerald macros, run through the same macro
 * classes the Confluence jar ships, with the parameters an author would give them. Rendered on each
 * view, so the tables are live; the page carries no script of Emerald's.
 */
public final class PlanningPage {

    private final Macro okrPlan;
    private final Macro okrObjective;
    private final Macro kpiStatus;
    private final HostText text;
    private final HostChrome chrome;

    public PlanningPage(Macro okrPlan, Macro okrObjective, Macro kpiStatus, Locale locale, HostChrome chrome) {
        this.chrome = chrome;
        this.okrPlan = okrPlan;
        this.okrObjective = okrObjective;
        this.kpiStatus = kpiStatus;
        this.text = new HostText(locale);
    }

    String html() throws MacroExecutionException {
        return chrome.head(text.text("emerald.host.confluence.title")) + """
                </head>
                <body>
                %s<main class="confluence-page">
                <div class="aui-page-header"><h1>%s</h1><p class="aui-page-header-note">%s</p></div>
                <p>%s</p>
                <h2>%s</h2>
                %s
                <h2>%s</h2>
                %s
                <h2>%s</h2>
                <p>%s</p>
                %s
                </main>
                </body>
                </html>
                """.formatted(
                chrome.header(HostChrome.Place.CONFLUENCE),
                t("emerald.host.confluence.title"),
                t("emerald.host.confluence.note"),
                t("emerald.host.confluence.intro"),
                t("emerald.host.confluence.plan"),
                okrPlan.execute(Map.of("project", "OKR", "lint", "true"), null, null),
                t("emerald.host.confluence.focus"),
                okrObjective.execute(Map.of("key", "OKR-1"), null, null),
                t("emerald.host.confluence.health"),
                t("emerald.host.confluence.health.intro"),
                kpiStatus.execute(Map.of(), null, null));
    }

    private String t(String key) {
        return text.html(key);
    }
}
