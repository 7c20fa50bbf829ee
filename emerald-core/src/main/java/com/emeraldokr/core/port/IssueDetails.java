package com.emeraldokr.core.port;

import java.util.Objects;

/**
 * An issue with the facts the linking rules and the views need: its project (the team that owns
 * it), its role and its assignee ({@code null} when unassigned).
 */
public record IssueDetails(IssueSummary issue, String projectKey, IssueRole role, Assignee assignee) {

    public IssueDetails {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(role, "role");
    }

    /** An unassigned issue. */
    public IssueDetails(IssueSummary issue, String projectKey, IssueRole role) {
        this(issue, projectKey, role, null);
    }

    public long id() {
        return issue.id();
    }

    public String key() {
        return issue.key();
    }
}
