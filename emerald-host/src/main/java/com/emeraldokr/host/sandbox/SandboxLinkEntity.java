package com.emeraldokr.host.sandbox;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An issue link of the sandbox Jira: source, destination and Emerald link kind, as Jira's issuelink row. */
@Table("SANDBOX_LINK")
public interface SandboxLinkEntity extends Entity {

    @NotNull
    @Indexed
    long getSourceId();

    void setSourceId(long sourceId);

    @NotNull
    @Indexed
    long getTargetId();

    void setTargetId(long targetId);

    /** An {@link com.emeraldokr.core.port.IssueLinks.Kind} name. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);
}
