package com.atlassian.query;

// Checked against: jira-api source com/atlassian/query/Query.java (interface, @PublicApi). Emerald only passes it on.
public interface Query {
}
