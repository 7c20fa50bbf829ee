package com.emeraldokr.core.port;

import java.util.Set;

/**
 * A store refused to register issues because another registration of some of them committed first
 * (the unique key on the issue id refused the insert); nothing of the refused registration was written.
 */
public final class IssuesAlreadyRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Set<Long> issueIds;

    public IssuesAlreadyRegisteredException(Set<Long> issueIds, Throwable cause) {
        super("issues " + issueIds + " already are objectives or key results", cause);
        this.issueIds = Set.copyOf(issueIds);
    }

    /** The issues another registration took. */
    public Set<Long> issueIds() {
        return issueIds;
    }
}
