package com.atlassian.jira.issue.search;

import java.util.List;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.issue.search.SearchResults (generic class; constructor (List, int, int, int)
// and getResults() as declared in jira-api 8.8.1; generic with getResults() since jira-api 8.0).
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
