package com.atlassian.query;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.query.Query (interface, @PublicApi). Emerald only passes it on.
public interface Query {
}
