package com.atlassian.jira.web.bean;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.web.bean.PagerFilter (generic class, Serializable,
// constructors (), (int max), (int start, int max), as declared in jira-api 7.2.6).
public class PagerFilter<T> implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
