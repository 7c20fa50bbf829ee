package com.emeraldokr.core.port;

import java.util.Objects;

/** Who an issue is assigned to: the product's stable user key (not the renameable username) and the name people read. */
public record Assignee(String userKey, String displayName) {

    public Assignee {
        Objects.requireNonNull(userKey, "userKey");
        displayName = displayName == null || displayName.isBlank() ? userKey : displayName;
    }
}
