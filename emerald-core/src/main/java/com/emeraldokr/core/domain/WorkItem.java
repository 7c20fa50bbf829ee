package com.emeraldokr.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An issue under an epic that contributes to a key result: done when its status category is done;
 * {@code storyPoints} is null when nobody estimated it.
 */
public record WorkItem(String key, boolean done, BigDecimal storyPoints) {

    public WorkItem {
        Objects.requireNonNull(key, "key");
        if (storyPoints != null && storyPoints.signum() < 0) {
            throw new IllegalArgumentException(key + " has negative story points: " + storyPoints);
        }
    }
}
