package com.emeraldokr.core.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads issues as the current user sees them: an issue the user may not browse is reported as
 * absent, exactly like one that does not exist, so nothing leaks through Emerald.
 */
public interface IssueDirectory {

    Optional<IssueSummary> findVisibleByKey(String issueKey);

    /** The visible issues among {@code issueIds}, keyed by id; missing ids are simply absent. */
    Map<Long, IssueSummary> findVisibleByIds(Collection<Long> issueIds);

    /** Like {@link #findVisibleByKey}, with the issue's project and role. */
    Optional<IssueDetails> findVisibleDetails(String issueKey);

    /** Whether the current user may edit the issue (Jira's Edit Issues permission); Emerald asks it before changing an OKR's data. */
    boolean mayEdit(long issueId);
}
