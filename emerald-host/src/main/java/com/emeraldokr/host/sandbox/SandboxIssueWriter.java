package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssueWriter;
import com.emeraldokr.host.HostText;

import java.util.Locale;

/**
 * The sandbox's stand-in for Jira's issue service. Like Jira it refuses to create issues in a
 * project that does not exist (here: one without issues) or where the user lacks the permission;
 * deleting an issue removes its links.
 */
public final class SandboxIssueWriter implements IssueWriter {

    private final SandboxIssueDirectory issues;
    private final HostText text;

    public SandboxIssueWriter(SandboxIssueDirectory issues, Locale locale) {
        this.issues = issues;
        this.text = new HostText(locale);
    }

    @Override
    public IssueSummary create(String projectKey, IssueRole role, String summary, String description) {
        // a project the user may not browse is as absent as one that does not exist, as in Jira
        if (!issues.projectExists(projectKey) || !issues.mayBrowse(projectKey)) {
            throw new IssueWriteException(text("emerald.host.issue.project.missing", projectKey));
        }
        if (!issues.mayCreateIn(projectKey)) {
            throw new IssueWriteException(text("emerald.host.issue.create.forbidden", projectKey));
        }
        String type = switch (role) {
            case OBJECTIVE -> "Objective";
            case KEY_RESULT -> "Key Result";
            default -> throw new IllegalArgumentException("Emerald creates objectives and key results, not " + role);
        };
        return issues.create(new SandboxIssueDirectory.NewIssue(projectKey, type, summary, "new", null, null));
    }

    @Override
    public void updateSummary(long issueId, String summary) {
        if (!issues.rename(issueId, summary)) {
            throw new IssueWriteException(text("emerald.host.issue.missing", issueId));
        }
    }

    @Override
    public void delete(long issueId) {
        issues.delete(issueId);
    }

    private String text(String key, Object... args) {
        return text.text(key, args);
    }
}
