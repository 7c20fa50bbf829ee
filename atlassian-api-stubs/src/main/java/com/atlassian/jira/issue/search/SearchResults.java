package com.atlassian.jira.issue.search;

import java.util.List;

// Checked against: cures-hub/cures-condec-jira (compiles against jira-api 8.8.1; its mocks implement the interface) (new SearchResults<Issue>(list, 0, 0, 0), results.getResults()); generic with
// getResults() since Jira 8.0 (confluence.atlassian.com/jiracore/lucene-upgrade-975041047.html).
// getTotal() is the long-standing API, not seen in an 8.x source.
public class SearchResults<T> {

    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = results;
        this.total = total;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
