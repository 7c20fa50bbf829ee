package com.emeraldokr.core.port;

/**
 * Creates, renames and deletes issues through the product's own issue service, as the current
 * user, so validation, history and notifications stay the product's.
 */
public interface IssueWriter {

    /**
     * Creates an issue of Emerald's type for {@code role} (OBJECTIVE or KEY_RESULT) in the project.
     *
     * @throws IssueWriteException when the product refuses, with its reasons
     */
    IssueSummary create(String projectKey, IssueRole role, String summary, String description);

    /** @throws IssueWriteException when the product refuses */
    void updateSummary(long issueId, String summary);

    /** Deletes an issue this user created a moment ago, to undo a command that failed part-way. */
    void delete(long issueId);
}
