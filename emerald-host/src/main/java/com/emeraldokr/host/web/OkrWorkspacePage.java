package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.host.HostText;

import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The OKRs page as Jira's page shows it: the host's chrome around the same root element and the
 * same workspace script and style the Jira plugin's web resource ships, with Emerald's bundle for
 * the script's text.
 */
public final class OkrWorkspacePage {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private final HostChrome chrome;
    private final HostText host;
    private final String bundleJson;

    public OkrWorkspacePage(Locale locale, HostChrome chrome) {
        this.chrome = chrome;
        this.host = new HostText(locale);
        BundleMessages emerald = new BundleMessages(locale);
        TreeMap<String, String> bundle = new TreeMap<>();
        emerald.bundle().keySet().forEach(k -> bundle.put(k, emerald.bundle().getString(k)));
        this.bundleJson = DashboardPage.scriptSafeJson(bundle);
    }

    /** The page for all projects, or for one when {@code project} is a project key; anything else is ignored. */
    public String html(String project) {
        String projectKey = project != null && PROJECT_KEY.matcher(project).matches() ? project : "";
        return chrome.head(host.text("emerald.host.okrs.title")) + """
                <link rel="stylesheet" href="/static/emerald-web/okr-workspace.css">
                <script id="emerald-i18n" type="application/json">%s</script>
                <script src="/static/host/host-runtime.js"></script>
                <script src="/static/emerald-web/gadget-kit.js"></script>
                <script src="/static/emerald-web/okr-workspace.js"></script>
                </head>
                <body>
                %s<main>
                <div id="emerald-okr-workspace" data-rest-base="/rest/emerald/1.0" data-browse-base="/browse/"
                     data-project="%s" data-user="%s"></div>
                </main>
                </body>
                </html>
                """.formatted(bundleJson, chrome.header(HostChrome.Place.OKRS), Html.escape(projectKey),
                Html.escape(chrome.userKey()));
    }
}
