package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

import java.util.function.Consumer;

/**
 * Reads every issue a query finds, a page at a time, ignoring issue security: Emerald's aggregates
 * (epic progress, KPI values) are shared figures, not lists shown to the user.
 */
final class SearchPages {

    private SearchPages() {
    }

    /**
     * Hands each page to {@code page} until the results run out (an empty page ends it whatever the total says).
     *
     * @throws IllegalStateException when Jira cannot search, with Jira's message and the cause
     */
    static void each(SearchService search, ApplicationUser user, Query query, int pageSize, Consumer<SearchResults<Issue>> page) {
        for (int start = 0; ; start += pageSize) {
            SearchResults<Issue> results = page(search, user, query, start, pageSize);
            page.accept(results);
            if (results.getResults().isEmpty() || start + pageSize >= results.getTotal()) {
                return;
            }
        }
    }

    /** One page; see {@link #each} for the failure. */
    static SearchResults<Issue> page(SearchService search, ApplicationUser user, Query query, int start, int size) {
        try {
            return search.searchOverrideSecurity(user, query, new PagerFilter<>(start, size));
        } catch (SearchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
