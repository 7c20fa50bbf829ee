package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.port.Assignee;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.Query;

import java.util.HashMap;
import java.util.Map;

/**
 * What the sandbox's lookups by id read of every issue, held on each node and dropped on every node by
 * each sandbox write, as Jira keeps its issues in memory. A dashboard read looks up the visibility of
 * every issue of a cycle (thousands); reading them from the table each time made the sandbox, not
 * Emerald, most of a read's cost.
 */
final class SandboxIssueRows {

    static final String CACHE = "com.emeraldokr.host.sandbox-issues";
    private static final String ALL = "all";
    private static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_KEY, ISSUE_TYPE, SUMMARY, ASSIGNEE_KEY, ASSIGNEE_NAME";

    /** One issue as the lookups show it. */
    record Row(int id, String issueKey, String projectKey, String issueType, String summary, String assigneeKey,
               String assigneeName) {

        IssueSummary summaryView() {
            return new IssueSummary(id, issueKey, summary);
        }

        IssueDetails details() {
            return new IssueDetails(summaryView(), projectKey, SandboxIssueDirectory.role(issueType),
                    assigneeKey == null ? null : new Assignee(assigneeKey, assigneeName));
        }
    }

    private final SharedCache<Map<Integer, Row>> cache;

    SandboxIssueRows(ActiveObjects ao, SharedCaches caches) {
        this.cache = caches.cache(CACHE, key -> {
            Map<Integer, Row> rows = new HashMap<>();
            // read-only rows of the named columns: all the lookups need
            ao.stream(SandboxIssueEntity.class, Query.select(COLUMNS), e -> rows.put(e.getID(), new Row(e.getID(),
                    e.getIssueKey(), e.getProjectKey(), e.getIssueType(), e.getSummary(), e.getAssigneeKey(), e.getAssigneeName())));
            return Map.copyOf(rows);
        });
    }

    /** Every issue by id (read once per lookup: without caching, each call reads the table). */
    Map<Integer, Row> byId() {
        return cache.get(ALL);
    }

    /** Call once a write of sandbox issues has ended, committed or not. */
    void changed() {
        cache.invalidate(ALL);
    }
}
