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
 * Reads every issue a query finds, a page at a time: ignoring issue security for epic progress (a
 * shared figure, not a list shown to the user), or with the searcher's own permissions for a KPI
 * collected as its owner.
 */
final class SearchPages {

    /** Whose rights decide which issues the search sees. */
    enum Rights {
        /** Only the issues the searcher may browse, as Jira's issue navigator shows them. */
        SEARCHER,
        /** Every issue the query matches, whatever the searcher may browse. */
        OVERRIDE_SECURITY
    }

    private SearchPages() {
    }

    /**
     * Hands each page to {@code page} until the results run out (an empty page ends it whatever the total says).
     *
     * @throws IllegalStateException when Jira cannot search, with Jira's message and the cause
     */
    static void each(SearchService search, ApplicationUser user, Query query, int pageSize, Consumer<SearchResults<Issue>> page) {
        each(search, user, Rights.OVERRIDE_SECURITY, query, pageSize, page);
    }

    /** As {@link #each(SearchService, ApplicationUser, Query, int, Consumer)}, with the given rights. */
    static void each(SearchService search, ApplicationUser user, Rights rights, Query query, int pageSize,
                     Consumer<SearchResults<Issue>> page) {
        for (int start = 0; ; start += pageSize) {
            SearchResults<Issue> results = page(search, user, rights, query, start, pageSize);
            page.accept(results);
            if (results.getResults().isEmpty() || start + pageSize >= results.getTotal()) {
                return;
            }
        }
    }

    /** One page; see {@link #each} for the failure. */
    static SearchResults<Issue> page(SearchService search, ApplicationUser user, Rights rights, Query query, int start, int size) {
        try {
            PagerFilter<Issue> pager = new PagerFilter<>(start, size);
            return rights == Rights.SEARCHER ? search.search(user, query, pager) : search.searchOverrideSecurity(user, query, pager);
        } catch (SearchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
