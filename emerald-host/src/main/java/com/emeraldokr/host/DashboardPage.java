package com.emeraldokr.host;

import com.emeraldokr.core.i18n.BundleMessages;
import com.emeraldokr.core.render.Html;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The host's dashboard: Jira-like page chrome with the OKR progress dashboard item, loaded from the
 * same AMD module and CSS as the Jira jar's web resource. Built once; the item fetches its data.
 */
final class DashboardPage {

    private final String html;

    DashboardPage(Locale locale, String jqueryVersion) {
        ResourceBundle host = ResourceBundle.getBundle("com.emeraldokr.host.host-i18n", locale);
        BundleMessages emerald = new BundleMessages(locale);
        this.html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/static/host/aui-fallback.css">
                <link rel="stylesheet" href="/static/emerald-web/okr-progress-gadget.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="/static/webjars/jquery/%s/jquery.min.js"></script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/okr-progress-gadget.js"></script>
                <script src="/static/host/dashboard.js"></script>
                </head>
                <body>
                <header id="header" role="banner">
                <span class="aui-header-logo">%s</span>
                <nav aria-label="%s"><a href="/" aria-current="page">%s</a></nav>
                <span class="aui-header-secondary">%s</span>
                </header>
                <main>
                <div class="aui-page-header"><h1>%s</h1><p class="aui-page-header-note">%s</p></div>
                <div class="aui-page-panel">
                <div class="dashboard">
                <section class="dashboard-item" id="okr-progress" data-dashboard-item-module="emerald/okr-progress-gadget" aria-labelledby="okr-progress-title">
                <div class="dashboard-item-header"><h2 class="dashboard-item-title" id="okr-progress-title">%s</h2></div>
                <div class="dashboard-item-content"></div>
                </section>
                </div>
                </div>
                </main>
                </body>
                </html>
                """.formatted(
                Html.escape(locale.toLanguageTag()),
                text(host, "emerald.host.page.title", locale),
                scriptSafeJson(emerald.bundle()),
                Html.escape(jqueryVersion),
                text(host, "emerald.host.product", locale),
                text(host, "emerald.host.nav.dashboards", locale),
                text(host, "emerald.host.nav.dashboards", locale),
                text(host, "emerald.host.user", locale, HostCurrentUser.USER_KEY),
                text(host, "emerald.host.dashboard", locale),
                text(host, "emerald.host.banner", locale),
                Html.escape(emerald.text("emerald.gadget.okr.progress.title")));
    }

    String html() {
        return html;
    }

    private static String text(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return Html.escape(new MessageFormat(bundle.getString(key), locale).format(args));
    }

    /** The bundle as JSON that cannot end or break out of its {@code <script>} element. */
    static String scriptSafeJson(ResourceBundle bundle) {
        TreeMap<String, String> entries = new TreeMap<>();
        bundle.keySet().forEach(k -> entries.put(k, bundle.getString(k)));
        try {
            return new ObjectMapper().writeValueAsString(entries)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
