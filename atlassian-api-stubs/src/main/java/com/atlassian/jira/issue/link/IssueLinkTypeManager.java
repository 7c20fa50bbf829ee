package com.atlassian.jira.issue.link;

import java.util.Collection;

// Mirrors com.atlassian.jira:jira-api 10.3.x; only the members Emerald calls.
public interface IssueLinkTypeManager {

    void createIssueLinkType(String name, String outward, String inward, String style);

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
