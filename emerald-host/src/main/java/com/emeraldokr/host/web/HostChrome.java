package com.emeraldokr.host.web;

import com.emeraldokr.api.render.Html;
import com.emeraldokr.host.HostText;
import com.emeraldokr.host.sandbox.HostCurrentUser;

import java.util.Locale;

/**
 * What every host page shares: Atlassian's own AUI (the npm release the build unpacks, the same
 * library Jira serves through its web resources), jQuery beneath it, the host's page chrome, and
 * the top navigation in AUI's header markup.
 */
public final class HostChrome {

    /** The places of the top navigation; a page names the one it is. */
    public enum Place {
        DASHBOARDS("/", "emerald.host.nav.dashboards"),
        OKRS("/okrs", "emerald.host.nav.okrs"),
        CONFLUENCE("/confluence/", "emerald.host.confluence.title"),
        SETTINGS("/settings", "emerald.host.nav.settings"),
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

    public HostChrome(Locale locale, String jqueryVersion) {
        this.locale = locale;
        this.text = new HostText(locale);
        this.jqueryVersion = jqueryVersion;
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
                <div class="aui-header-secondary"><ul class="aui-nav"><li><span class="emerald-host-user">%s</span></li></ul></div>
                </div>
                </nav>
                </header>
                """.formatted(text.html("emerald.host.nav.label"), text.html("emerald.host.product"), nav,
                text.html("emerald.host.user", HostCurrentUser.USER_KEY));
    }
}
