package com.emeraldokr.core.port;

import java.util.Collection;
import java.util.List;
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

    /**
     * Like {@link #findVisibleByIds}, with each issue's project, role and assignee, in one call
     * however many ids are asked for (views read owners with it without a lookup per issue).
     */
    Map<Long, IssueDetails> findVisibleDetailsByIds(Collection<Long> issueIds);

    /**
     * Up to {@code limit} issues the current user may browse whose key is {@code text} exactly or
     * whose summary matches {@code text}, through the product's own search and its permission
     * filtering; an exact key match comes first. {@code role} restricts the issue type (OBJECTIVE,
     * KEY_RESULT or EPIC); {@code null} finds issues of any type.
     */
    List<IssueDetails> search(String text, IssueRole role, int limit);

    /** Whether the current user may edit the issue (Jira's Edit Issues permission); Emerald asks it before changing an OKR's data. */
    boolean mayEdit(long issueId);
}
