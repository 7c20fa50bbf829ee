package com.emeraldokr.api.view;

/** One issue an issue picker offers: {@code role} is OBJECTIVE, KEY_RESULT, EPIC or OTHER. */
public record IssuePickView(String issueKey, String summary, String projectKey, String role) {
}
