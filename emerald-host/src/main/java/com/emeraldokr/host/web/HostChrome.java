package com.emeraldokr.host.web;

import com.emeraldokr.api.render.Html;
import com.emeraldokr.host.HostText;
import com.emeraldokr.host.auth.HostAuthenticationContext;
import com.emeraldokr.host.auth.HostUser;

import java.util.Locale;

/**
 * What every host page shares: Atlassian's own AUI (the npm release the build unpacks, the same
 * library Jira serves through its web resources), jQuery beneath it, the host's page chrome, and
 * the top navigation in AUI's header markup with the logged-in user and the log-out button.
 */
public final class HostChrome {

    /** The places of the top navigation; a page names the one it is. */
    public enum Place {
        DASHBOARDS("/", "emerald.host.nav.dashboards"),
        OKRS("/okrs", "emerald.host.nav.okrs"),
        CONFLUENCE("/confluence/", "emerald.host.confluence.title"),
        ELSEWHERE(null, null);

        private final String path;
        private final String labelKey;

        Place(String path, String labelKey) {
            this.path = path;
            this.labelKey = labelKey;
        }
    }

    private final Locale locale;
    private final HostText text;
    private final String jqueryVersion;
    private final HostAuthenticationContext authentication;

    /** Chrome for pages drawn for nobody in particular (no user in the navigation). */
    public HostChrome(Locale locale, String jqueryVersion) {
        this(locale, jqueryVersion, new HostAuthenticationContext());
    }

    public HostChrome(Locale locale, String jqueryVersion, HostAuthenticationContext authentication) {
        this.locale = locale;
        this.text = new HostText(locale);
        this.jqueryVersion = jqueryVersion;
        this.authentication = authentication;
    }

    /** The key of the user the page is drawn for, or "" for nobody. */
    public String userKey() {
        return authentication.user().map(HostUser::key).orElse("");
    }

    /** The start of a page up to its open {@code <head>}'s shared part: title, AUI, jQuery, the host chrome. */
    public String head(String title) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/static/host/aui/aui-prototyping.css">
                <link rel="stylesheet" href="/static/host/host-chrome.css">
                <script src="/static/webjars/jquery/%s/jquery.min.js"></script>
                <script src="/static/host/ajs-context.js"></script>
                <script src="/static/host/aui/aui-prototyping.js"></script>
                """.formatted(Html.escape(locale.toLanguageTag()), Html.escape(title), Html.escape(jqueryVersion));
    }

    /** AUI's application header with the host's navigation, {@code current} marked for assistive technology. */
    public String header(Place current) {
        StringBuilder nav = new StringBuilder();
        for (Place place : Place.values()) {
            if (place.path == null) {
                continue;
            }
            boolean here = place == current;
            nav.append("<li").append(here ? " class=\"aui-nav-selected\"" : "").append("><a href=\"")
                    .append(place.path).append('"').append(here ? " aria-current=\"page\"" : "").append('>')
                    .append(text.html(place.labelKey)).append("</a></li>");
        }
        return """
                <header id="header" role="banner">
                <nav class="aui-header" aria-label="%s">
                <div class="aui-header-inner">
                <div class="aui-header-primary">
                <span id="logo" class="aui-header-logo aui-header-logo-textonly"><a href="/"><span class="aui-header-logo-device">%s</span></a></span>
                <ul class="aui-nav">%s</ul>
                </div>
                <div class="aui-header-secondary"><ul class="aui-nav">%s</ul></div>
                </div>
                </nav>
                </header>
                """.formatted(text.html("emerald.host.nav.label"), text.html("emerald.host.product"), nav, user());
    }

    /** Who is logged in, with a log-out button (a form carrying the session's token); nothing for nobody. */
    private String user() {
        return authentication.user().map(user -> """
                <li><span class="emerald-host-user">%s</span></li>                <li><form class="emerald-host-logout" method="post" action="/logout">                <input type="hidden" name="atl_token" value="%s">                <button class="aui-button aui-button-subtle" type="submit">%s</button></form></li>"""
                .formatted(text.html("emerald.host.user", user.displayName() + " (" + user.key() + ")"),
                        Html.escape(authentication.formToken().orElse("")), text.html("emerald.host.logout")))
                .orElse("");
    }
}
