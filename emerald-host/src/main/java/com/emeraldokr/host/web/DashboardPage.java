package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.Html;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.emeraldokr.host.HostText;
import com.emeraldokr.host.sandbox.HostCurrentUser;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's dashboard: Jira-like page chrome with Emerald's four dashboard items, loaded from the
 * same AMD modules and CSS as the Jira jar's web resource. The items' saved preferences are in the
 * page, as Jira puts them there, so each item still renders with one request of its own.
 */
public final class DashboardPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] LAYOUT = {
            {"okr-progress", "emerald/okr-progress-gadget", "emerald.gadget.okr.progress.title"},
            {"kpi-health", "emerald/kpi-health-gadget", "emerald.gadget.kpi.health.title"},
            {"key-result-trend", "emerald/key-result-trend-gadget", "emerald.gadget.trend.title"},
            {"cycle-overview", "emerald/cycle-overview-gadget", "emerald.gadget.overview.title"}};

    private final Locale locale;
    private final HostText host;
    private final BundleMessages emerald;
    private final String head;

    public DashboardPage(Locale locale, String jqueryVersion, String uplotVersion) {
        this.locale = locale;
        this.host = new HostText(locale);
        this.emerald = new BundleMessages(locale);
        String uplot = "/static/webjars/uplot/" + Html.escape(uplotVersion) + "/dist/";
        this.head = """
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/static/host/aui-fallback.css">
                <link rel="stylesheet" href="%suPlot.min.css">
                <link rel="stylesheet" href="/static/emerald-web/gadgets.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="/static/webjars/jquery/%s/jquery.min.js"></script>
                <script src="%suPlot.iife.min.js"></script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/gadget-kit.js"></script>
                <script src="/static/emerald-web/okr-progress-gadget.js"></script>
                <script src="/static/emerald-web/kpi-health-gadget.js"></script>
                <script src="/static/emerald-web/cycle-overview-gadget.js"></script>
                <script src="/static/emerald-web/key-result-trend-gadget.js"></script>
                <script src="/static/host/dashboard.js"></script>
                """.formatted(text("emerald.host.page.title"), uplot, scriptSafeJson(bundleMap()), Html.escape(jqueryVersion), uplot);
    }

    String html(Map<String, Map<String, String>> preferences) {
        StringBuilder items = new StringBuilder();
        for (String[] item : LAYOUT) {
            String titleId = item[0] + "-title";
            items.append("""
                    <section class="dashboard-item" id="%s" data-dashboard-item-module="%s" aria-labelledby="%s">
                    <div class="dashboard-item-header"><h2 class="dashboard-item-title" id="%s">%s</h2>
                    <button type="button" class="aui-button aui-button-subtle dashboard-item-configure">%s</button></div>
                    <div class="dashboard-item-content"></div>
                    </section>
                    """.formatted(Html.escape(item[0]), Html.escape(item[1]), titleId, titleId,
                    Html.escape(emerald.text(item[2])), text("emerald.host.configure")));
        }
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                %s<script id="emerald-preferences" type="application/json">%s</script>
                </head>
                <body>
                <header id="header" role="banner">
                <span class="aui-header-logo">%s</span>
                <nav aria-label="%s"><a href="/" aria-current="page">%s</a> <a href="/confluence/">%s</a></nav>
                <span class="aui-header-secondary">%s</span>
                </header>
                <main>
                <div class="aui-page-header"><h1>%s</h1><p class="aui-page-header-note">%s</p></div>
                <div class="aui-page-panel"><div class="dashboard">
                %s</div></div>
                </main>
                </body>
                </html>
                """.formatted(Html.escape(locale.toLanguageTag()), head, scriptSafeJson(new TreeMap<>(preferences)),
                text("emerald.host.product"), text("emerald.host.nav.dashboards"), text("emerald.host.nav.dashboards"),
                text("emerald.host.confluence.title"), text("emerald.host.user", HostCurrentUser.USER_KEY),
                text("emerald.host.dashboard"), text("emerald.host.banner"), items);
    }

    private Map<String, String> bundleMap() {
        TreeMap<String, String> entries = new TreeMap<>();
        emerald.bundle().keySet().forEach(k -> entries.put(k, emerald.bundle().getString(k)));
        return entries;
    }

    private String text(String key, Object... args) {
        return host.html(key, args);
    }

    /** JSON that cannot end or break out of its {@code <script>} element. */
    static String scriptSafeJson(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}
