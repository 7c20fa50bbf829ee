package com.emeraldokr.core.port;

import java.util.Objects;

/** An issue with the facts the linking rules need: its project and its role. */
public record IssueDetails(IssueSummary issue, String projectKey, IssueRole role) {

    public IssueDetails {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(role, "role");
    }

    public long id() {
        return issue.id();
    }

    public String key() {
        return issue.key();
    }
}
