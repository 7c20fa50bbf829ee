package com.atlassian.jira.avatar;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.avatar.Avatar (interface; getId() returns Long), as declared in jira-api 7.x, 8.20.30 and 11.3.6.
public interface Avatar {

    Long getId();
}
