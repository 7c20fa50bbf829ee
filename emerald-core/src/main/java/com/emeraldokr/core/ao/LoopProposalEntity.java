package com.emeraldokr.core.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A decision on a proposal of the KPI ↔ OKR loop (model 7): a recovery OKR for a KPI, or a KPI from a key
 * result. Proposals themselves are computed from the data; a row is written when someone acts on one.
 * {@code PROPOSAL_KEY} ("RECOVERY:kpiId:cycleStart", "PROMOTION:keyResultIssueId") is unique, so two
 * acceptances of one proposal cannot both create issues: the second insert is refused.
 */
@Preload
@Table("LOOP_PROPOSAL")
public interface LoopProposalEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(96)
    String getProposalKey();

    void setProposalKey(String proposalKey);

    /** RECOVERY or PROMOTION. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The KPI a recovery proposal is for. */
    @Indexed
    Long getKpiId();

    void setKpiId(Long kpiId);

    /** The key result a promotion proposal comes from. */
    @Indexed
    Long getKeyResultIssueId();

    void setKeyResultIssueId(Long keyResultIssueId);

    /** OPEN while an acceptance is under way, then ACCEPTED or DISMISSED. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @StringLength(255)
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    /** Epoch milliseconds. */
    @NotNull
    long getDecidedAt();

    void setDecidedAt(long decidedAt);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /** What accepting created: the objective and key result issues, or the KPI. */
    Long getCreatedObjectiveIssueId();

    void setCreatedObjectiveIssueId(Long createdObjectiveIssueId);

    Long getCreatedKeyResultIssueId();

    void setCreatedKeyResultIssueId(Long createdKeyResultIssueId);

    Long getCreatedKpiId();

    void setCreatedKpiId(Long createdKpiId);
}
