package com.emeraldokr.jira;

import com.emeraldokr.api.render.Html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OKR workspace page as Jira decorates it: a title and the root element the workspace script
 * renders into. Every value written goes through {@link Html#escape}.
 */
final class OkrWorkspaceHtml {

    /** Id of the element the workspace script looks for. */
    static final String ROOT_ID = "emerald-okr-workspace";
    /** Jira's general page decorator (header, navigation, footer). */
    static final String DECORATOR = "atl.general";
    /** Jira project keys: an uppercase letter, then uppercase letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private OkrWorkspaceHtml() {
    }

    /**
     * The project key a request names, uppercased; empty when none is given or the value cannot be
     * a Jira project key (it is then dropped, never echoed).
     */
    static Optional<String> projectKey(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String key = requested.strip().toUpperCase(Locale.ROOT);
        return PROJECT_KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /**
     * The whole page. {@code contextPath} is Jira's (empty at the root), {@code projectKey} a key
     * that passed {@link #projectKey} or empty, {@code userKey} the viewer's user key.
     */
    static String page(String title, String contextPath, Optional<String> projectKey, String userKey) {
        String base = contextPath == null ? "" : contextPath;
        return "<!DOCTYPE html>\n<html>\n<head>\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<meta name=\"decorator\" content=\"" + DECORATOR + "\">\n"
                + "</head>\n<body>\n"
                + "<div id=\"" + ROOT_ID + "\""
                + " data-rest-base=\"" + Html.escape(base + "/rest/emerald/1.0") + "\""
                + " data-browse-base=\"" + Html.escape(base + "/browse/") + "\""
                + " data-project=\"" + Html.escape(projectKey.orElse("")) + "\""
                + " data-user=\"" + Html.escape(userKey) + "\"></div>\n"
                + "</body>\n</html>\n";
    }
}
