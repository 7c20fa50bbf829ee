package com.emeraldokr.api.request;

import java.util.List;

/**
 * Request to make an existing Jira issue an objective of a cycle, with existing issues as its key
 * results. Creating the issues themselves through Jira comes with the Jira integration.
 */
public record NewObjective(String issueKey, Long cycleId, String commitment, List<NewKeyResult> keyResults) {
}
