package com.emeraldokr.api.request;

/**
 * How epic progress is measured, as the admin REST resource reads and writes it: {@code measure}
 * ISSUE_COUNT or STORY_POINTS, {@code unestimated} EXCLUDE or COUNT_AS_MEAN, and the story-points
 * field (a field id such as customfield_10002, or its name).
 */
public record EpicProgressSettings(String measure, String unestimated, String storyPointsField) {
}
