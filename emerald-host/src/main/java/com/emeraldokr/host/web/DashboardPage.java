package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.core.dashboard.DashboardItems.DashboardItem;
import com.emeraldokr.core.dashboard.DashboardItems;
import com.emeraldokr.host.HostText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's dashboard: Jira-like page chrome with exactly Emerald's {@link DashboardItems#ITEMS},
 * in that order, loaded from the same AMD modules and CSS as the Jira jar's web resource. The items'
 * saved preferences are in the page, as Jira puts them there, so each item still renders with one
 * request of its own.
 */
public final class DashboardPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Locale locale;
    private final HostText host;
    private final BundleMessages emerald;
    private final HostChrome chrome;
    private final String head;

    public DashboardPage(Locale locale, HostChrome chrome, String uplotVersion) {
        this.locale = locale;
        this.chrome = chrome;
        this.host = new HostText(locale);
        this.emerald = new BundleMessages(locale);
        String uplot = "/static/webjars/uplot/" + Html.escape(uplotVersion) + "/dist/";
        this.head = chrome.head(host.text("emerald.host.page.title")) + """
                <link rel="stylesheet" href="%suPlot.min.css">
                <link rel="stylesheet" href="/static/emerald-web/gadgets.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="%suPlot.iife.min.js"></script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/gadget-kit.js"></script>
                %s<script src="/static/host/dashboard.js"></script>
                """.formatted(uplot, scriptSafeJson(bundleMap()), uplot,
                itemScripts());
    }

    /**
     * The page with the items' saved preferences; {@code editable}: the reader may change the items' settings (the
     * shared dashboard, like Jira's system dashboard, is edited by administrators), otherwise no item offers it.
     */
    String html(Map<String, Map<String, String>> preferences, boolean editable) {
        StringBuilder items = new StringBuilder();
        String configure = editable ? "<button type=\"button\" class=\"aui-button aui-button-subtle dashboard-item-configure\">"
                + text("emerald.host.configure") + "</button>" : "";
        for (DashboardItem item : DashboardItems.ITEMS) {
            String titleId = item.key() + "-title";
            items.append("""
                    <section class="dashboard-item" id="%s" data-dashboard-item-module="%s" aria-labelledby="%s">
                    <div class="dashboard-item-header"><h2 class="dashboard-item-title" id="%s">%s</h2>
                    %s</div>
                    <div class="dashboard-item-content"></div>
                    </section>
                    """.formatted(Html.escape(item.key()), Html.escape(item.amdModule()), titleId, titleId,
                    Html.escape(emerald.text(item.titleKey())), configure));
        }
        return head + """
                <script id="emerald-preferences" type="application/json">%s</script>
                </head>
                <body>
                %s<main>
                <div class="aui-page-header"><h1>%s</h1><p class="aui-page-header-note">%s</p></div>
                <div class="host-page-panel"><div class="dashboard">
                %s</div></div>
                </main>
                </body>
                </html>
                """.formatted(scriptSafeJson(new TreeMap<>(preferences)), chrome.header(HostChrome.Place.DASHBOARDS),
                text("emerald.host.dashboard"), text("emerald.host.banner"), items);
    }

    /** Each item's script, served from the same class path location the Jira web resource ships it from. */
    private static String itemScripts() {
        StringBuilder scripts = new StringBuilder();
        for (DashboardItem item : DashboardItems.ITEMS) {
            scripts.append("<script src=\"/static/").append(Html.escape(item.scriptResource())).append("\"></script>\n");
        }
        return scripts.toString();
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
