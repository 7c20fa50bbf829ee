package com.emeraldokr.api.client;

import com.emeraldokr.api.request.KpiCategoryNames;

import java.util.regex.Pattern;

/**
 * The only requests an {@link OkrDataClient} sends, as paths relative to the linked Jira: each a fixed
 * path under {@value #API} with issue and project keys of Jira's key syntax, a positive cycle id and a
 * known KPI category. Anything else is refused before a request exists, so no macro parameter can
 * point the server at another host, scheme, path (no {@code ../}, no encoded dots or slashes), query or
 * fragment: the server calls the linked Jira's Emerald API and nothing else.
 */
public final class OkrDataPaths {

    public static final String API = "/rest/emerald/1.0";
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}-[1-9][0-9]{0,17}");

    private OkrDataPaths() {
    }

    /** {@code GET /objectives/{issueKey}}. */
    public static String objective(String issueKey) {
        return API + "/objectives/" + checked("issueKey", issueKey, ISSUE_KEY);
    }

    /** {@code GET /gadgets/okr-plan}: a project's plan, in a cycle or the current one (null). */
    public static String plan(String projectKey, Long cycleId, boolean withLint) {
        if (cycleId != null && cycleId <= 0) {
            throw new IllegalArgumentException("cycleId must be positive, got " + cycleId);
        }
        return API + "/gadgets/okr-plan?project=" + checked("projectKey", projectKey, PROJECT_KEY) + "&lint=" + withLint
                + (cycleId == null ? "" : "&cycleId=" + cycleId);
    }

    /** {@code GET /kpis}: of a project or company-wide (null), of a category or all (null). */
    public static String kpis(String projectKey, String category) {
        String project = projectKey == null || projectKey.isEmpty() ? "" : checked("projectKey", projectKey, PROJECT_KEY);
        if (category != null && !category.isEmpty() && !KpiCategoryNames.isKnown(category)) {
            throw new IllegalArgumentException("category must be one of " + KpiCategoryNames.ALL);
        }
        return API + "/kpis?project=" + project + "&category=" + (category == null ? "" : category);
    }

    /** Whether {@code value} is an issue key of Jira's syntax. */
    public static boolean isIssueKey(String value) {
        return value != null && ISSUE_KEY.matcher(value).matches();
    }

    private static String checked(String name, String value, Pattern syntax) {
        if (value == null || !syntax.matcher(value).matches()) {
            // the value is not echoed: it may be anything a page author typed
            throw new IllegalArgumentException(name + " is not a key of Jira's syntax");
        }
        return value;
    }
}
