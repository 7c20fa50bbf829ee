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
// Platform 8 (Jira 11): SearchService stays the domain-level entry point for JQL searches after Lucene left the
// public API (confluence.atlassian.com "Migrating from Lucene to Search API": "Jira 11 provides the following entry
// points ... com.atlassian.jira.bc.issue.search.SearchService"); parseQuery(ApplicationUser, String) with
// ParseResult.isValid()/getQuery() is called by Atlassian's Slack plugin built for Jira 11.0.0 (jakarta build,
// atlassian-labs/atlassian-slack-integration-server, JqlIssueFilter). The exact Jira 11 descriptor of
// search(ApplicationUser, Query, PagerFilter) was not seen [unconfirmed]; PagerFilter.getUnlimitedFilter() is
// removed only in Jira 12 ("Lucene 10.3.1 upgrade in Jira 12").
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
