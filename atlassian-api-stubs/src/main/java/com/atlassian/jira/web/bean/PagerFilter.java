package com.atlassian.jira.web.bean;

// Checked against: Jira 7.2.6 javadoc jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html (generic class,
// Serializable, constructors (), (int max), (int start, int max)).
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
