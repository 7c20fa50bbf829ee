package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.port.ProposalStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ProposalStore} on the Active Objects facade; the unique PROPOSAL_KEY decides races. */
@Named
public class ActiveObjectsProposalStore implements ProposalStore {

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsProposalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ProposalDecision> find(String proposalKey) {
        return Arrays.stream(ao.find(LoopProposalEntity.class, Query.select().where("PROPOSAL_KEY = ?", proposalKey)))
                .findFirst().map(ActiveObjectsProposalStore::toDecision);
    }

    @Override
    public Map<String, ProposalDecision> find(Collection<String> proposalKeys) {
        Map<String, ProposalDecision> found = new HashMap<>();
        List<String> keys = proposalKeys.stream().distinct().toList();
        for (int i = 0; i < keys.size(); i += ActiveObjectsOkrStore.MAX_IN_LIST) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + ActiveObjectsOkrStore.MAX_IN_LIST));
            for (LoopProposalEntity e : ao.find(LoopProposalEntity.class, Query.select()
                    .where(ActiveObjectsOkrStore.inClause("PROPOSAL_KEY", chunk.size()), chunk.toArray()))) {
                found.put(e.getProposalKey(), toDecision(e));
            }
        }
        return found;
    }

    @Override
    public boolean claim(ProposalDecision d) {
        if (find(d.proposalKey()).isPresent()) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(LoopProposalEntity.class,
                    new DBParam("PROPOSAL_KEY", d.proposalKey()),
                    new DBParam("KIND", d.kind().name()),
                    new DBParam("KPI_ID", d.kpiId()),
                    new DBParam("KEY_RESULT_ISSUE_ID", d.keyResultIssueId()),
                    new DBParam("STATE", d.state().name()),
                    new DBParam("DECIDED_BY", d.decidedBy()),
                    new DBParam("DECIDED_AT", d.decidedAt().toEpochMilli()),
                    new DBParam("REASON", d.reason()),
                    new DBParam("CREATED_OBJECTIVE_ISSUE_ID", d.createdObjectiveIssueId()),
                    new DBParam("CREATED_KEY_RESULT_ISSUE_ID", d.createdKeyResultIssueId()),
                    new DBParam("CREATED_KPI_ID", d.createdKpiId())));
            return true;
        } catch (RuntimeException e) {
            // the unique key refused the row: a concurrent decision committed first
            if (find(d.proposalKey()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public ProposalDecision accept(String proposalKey, Long objectiveIssueId, Long keyResultIssueId, Long kpiId) {
        return ao.executeInTransaction(() -> {
            LoopProposalEntity e = ao.find(LoopProposalEntity.class, Query.select().where("PROPOSAL_KEY = ?", proposalKey))[0];
            e.setState(ProposalDecision.State.ACCEPTED.name());
            e.setCreatedObjectiveIssueId(objectiveIssueId);
            e.setCreatedKeyResultIssueId(keyResultIssueId);
            e.setCreatedKpiId(kpiId);
            e.save();
            return toDecision(e);
        });
    }

    @Override
    public void release(String proposalKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(LoopProposalEntity.class, "PROPOSAL_KEY = ? AND STATE = ?",
                proposalKey, ProposalDecision.State.OPEN.name()));
    }

    @Override
    public List<ProposalDecision> all() {
        List<ProposalDecision> all = new ArrayList<>();
        for (LoopProposalEntity e : ao.find(LoopProposalEntity.class, Query.select().order("ID"))) {
            all.add(toDecision(e));
        }
        return all;
    }

    static ProposalDecision toDecision(LoopProposalEntity e) {
        return new ProposalDecision(e.getProposalKey(), ProposalDecision.Kind.valueOf(e.getKind()), e.getKpiId(),
                e.getKeyResultIssueId(), ProposalDecision.State.valueOf(e.getState()), e.getDecidedBy(),
                Instant.ofEpochMilli(e.getDecidedAt()), e.getReason(), e.getCreatedObjectiveIssueId(),
                e.getCreatedKeyResultIssueId(), e.getCreatedKpiId());
    }
}
