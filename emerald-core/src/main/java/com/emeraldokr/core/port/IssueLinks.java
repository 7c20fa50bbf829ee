package com.emeraldokr.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Emerald's links between issues, kept as ordinary issue links of Emerald's link types so they
 * show on the issue view and in JQL. Permission rules are the caller's; this port only reads and
 * writes links, writes as the current user.
 */
public interface IssueLinks {

    /** Which link, read from source to target. */
    enum Kind {
        /** objective "has key result" key result */
        KEY_RESULT,
        /** epic "contributes to" key result */
        CONTRIBUTES,
        /** objective "aligns to" parent objective */
        ALIGNMENT
    }

    /** Whether the current user may create and remove links on this issue (Jira's link-issues permission). */
    boolean mayLink(long issueId);

    boolean exists(long sourceIssueId, long targetIssueId, Kind kind);

    /** Creates the link; the caller has checked that it does not exist yet. */
    void link(long sourceIssueId, long targetIssueId, Kind kind);

    /** Removes the link; returns false when there was none. */
    boolean unlink(long sourceIssueId, long targetIssueId, Kind kind);

    /** Source issue ids linked to each of {@code targetIssueIds} by {@code kind}, in link order; targets without links are absent. */
    Map<Long, List<Long>> sourcesOf(Collection<Long> targetIssueIds, Kind kind);

    /** Target issue ids each of {@code sourceIssueIds} links to by {@code kind}; sources without links are absent. */
    Map<Long, List<Long>> targetsOf(Collection<Long> sourceIssueIds, Kind kind);
}
