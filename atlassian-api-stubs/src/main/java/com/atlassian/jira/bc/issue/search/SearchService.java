package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.bc.issue.search.SearchService (interface); members as declared in jira-api 8.8.1;
// SearchService.ParseResult is a public final class nested in the interface.
public interface SearchService {

    /** As {@code searcher}, with Jira's permission and issue-security filtering. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    MessageSet validateQuery(ApplicationUser searcher, Query query);

    final class ParseResult {

        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
