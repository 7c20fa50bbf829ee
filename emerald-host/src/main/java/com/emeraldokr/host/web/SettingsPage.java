package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.BundleMessages;

import java.util.Locale;
import java.util.TreeMap;

/**
 * The OKR settings page as Jira's admin page shows it: the host's chrome around the same root element
 * and the same settings script the Jira plugin's web resource ships, with Emerald's bundle for its text.
 */
public final class SettingsPage {

    private final HostChrome chrome;
    private final String bundleJson;
    private final String title;

    public SettingsPage(Locale locale, HostChrome chrome) {
        this.chrome = chrome;
        BundleMessages emerald = new BundleMessages(locale);
        TreeMap<String, String> bundle = new TreeMap<>();
        emerald.bundle().keySet().forEach(k -> bundle.put(k, emerald.bundle().getString(k)));
        this.bundleJson = DashboardPage.scriptSafeJson(bundle);
        this.title = emerald.text("emerald.settings.title");
    }

    public String html() {
        return chrome.head(title) + """
                <link rel="stylesheet" href="/static/emerald-web/okr-settings.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/gadget-kit.js"></script>
                <script src="/static/emerald-web/okr-settings.js"></script>
                </head>
                <body>
                %s<main>
                <div id="emerald-okr-settings" data-rest-base="/rest/emerald/1.0"></div>
                </main>
                </body>
                </html>
                """.formatted(bundleJson, chrome.header(HostChrome.Place.SETTINGS));
    }
}
