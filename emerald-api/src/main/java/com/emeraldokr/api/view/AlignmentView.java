package com.emeraldokr.api.view;

/** Which objective an objective aligns to; {@code parentKey} is null when it aligns to none. */
public record AlignmentView(String objectiveKey, String parentKey) {
}
