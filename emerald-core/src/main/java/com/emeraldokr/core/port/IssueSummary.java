package com.emeraldokr.core.port;

/** The few facts about a Jira issue that Emerald shows next to its own data. */
public record IssueSummary(long id, String key, String summary) {
}
