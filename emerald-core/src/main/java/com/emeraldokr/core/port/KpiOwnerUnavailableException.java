package com.emeraldokr.core.port;

/**
 * A KPI's query cannot run as its owner: the owner no longer exists, is deactivated, or may not
 * browse the KPI's project. Nothing is measured then; a figure counted with anyone else's rights
 * could count issues the owner's audience must not see, or miss ones it should.
 */
public class KpiOwnerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ownerKey;

    public KpiOwnerUnavailableException(String ownerKey, String reason) {
        super(reason);
        this.ownerKey = ownerKey;
    }

    /** The owner's user key as the KPI records it; null when the KPI has none. */
    public String ownerKey() {
        return ownerKey;
    }
}
