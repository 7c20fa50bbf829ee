package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.api.request.ProposalRequests.AcceptKpiProposal;
import com.emeraldokr.api.request.ProposalRequests.AcceptRecovery;
import com.emeraldokr.api.request.ProposalRequests.Dismissal;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.KpiViews.KpiProposalView;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.KpiViews.RecoveryView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.loop.KpiProposal;
import com.emeraldokr.core.domain.loop.PromotionRule;
import com.emeraldokr.core.domain.loop.RecoveryProposal;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.port.ProposalStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.Validator;
import com.emeraldokr.core.service.objective.OkrCreationService;

import javax.inject.Inject;
import javax.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The KPI ↔ OKR loop as actions. Accepting a KPI's recovery proposal creates the objective and its key
 * result as issues (the key result measured by the KPI); accepting a key result's KPI proposal creates the
 * KPI; either can be dismissed with a reason. A proposal is decided once: the decision is claimed under a
 * unique key before anything is created, so a second acceptance gets 409 instead of a second objective,
 * and a failed acceptance releases its claim.
 */
@Named
public class LoopService {

    public static final int MAX_REASON_LENGTH = 1000;

    private final KpiService kpis;
    private final OkrCreationService creation;
    private final OkrStore okrs;
    private final ProposalStore proposals;
    private final IssueDirectory issues;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public LoopService(KpiService kpis, OkrCreationService creation, OkrStore okrs, ProposalStore proposals,
                       IssueDirectory issues, CurrentUser currentUser, Permissions permissions, Messages messages,
                       Clock clock) {
        this.kpis = kpis;
        this.creation = creation;
        this.okrs = okrs;
        this.proposals = proposals;
        this.issues = issues;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Creates the proposed recovery objective and key result (measured by the KPI) and records the acceptance. */
    public RecoveryView acceptRecovery(long kpiId, AcceptRecovery request) {
        AcceptRecovery r = request == null ? new AcceptRecovery(null, null, null) : request;
        KpiRecord kpi = kpis.existing(kpiId);
        RecoveryProposal proposal = openRecovery(kpi);
        Validator v = new Validator(messages);
        String project = r.projectKey() == null || r.projectKey().isBlank() ? kpi.draft().projectKey()
                : r.projectKey().strip().toUpperCase(Locale.ROOT);
        if (v.required("projectKey", project)) {
            v.projectKey("projectKey", project, r.projectKey());
        }
        Commitment commitment = r.commitment() == null ? Commitment.COMMITTED
                : v.enumValue("commitment", r.commitment(), Commitment.class);
        Long cycleId = r.cycleId() != null ? r.cycleId() : okrs.listCycles().stream()
                .filter(c -> c.start().equals(proposal.cycle().start()) && c.end().equals(proposal.cycle().end()))
                .map(Cycle::id).findFirst().orElse(null);
        if (cycleId == null) {
            v.reject("cycleId", "emerald.error.proposal.cycle", proposal.cycle().name());
        }
        v.throwIfInvalid();
        if (!permissions.createsIssues(project)) {
            throw new ForbiddenException("projectKey",
                    messages.text("emerald.error.proposal.permission", project));
        }
        String key = ProposalDecision.recoveryKey(kpiId, proposal.cycle().start());
        claim(new ProposalDecision(key, ProposalDecision.Kind.RECOVERY, kpiId, null, ProposalDecision.State.OPEN, user(),
                clock.instant(), null, null, null, null));
        ObjectiveView objective;
        try {
            objective = creation.create(new NewOkr(project, cycleId, commitment.name(), kpis.text(proposal.objective()),
                    messages.text("emerald.proposal.recovery.description", kpi.draft().definition().name()),
                    List.of(new NewOkr.KeyResult(kpis.text(proposal.keyResultSummary()), proposal.keyResult().kind().name(),
                            proposal.keyResult().start(), proposal.keyResult().target(), null, proposal.keyResult().unit(),
                            null, kpiId))));
        } catch (RuntimeException e) {
            proposals.release(key);
            throw e;
        }
        KeyResultView kr = objective.keyResults().get(0);
        ProposalDecision accepted = proposals.accept(key, objective.issueId(), kr.issueId(), null);
        return kpis.recoveryView(kpi, proposal, accepted);
    }

    /** Dismisses a KPI's recovery proposal for this cycle, with the reason. */
    public RecoveryView dismissRecovery(long kpiId, Dismissal request) {
        KpiRecord kpi = kpis.existing(kpiId);
        RecoveryProposal proposal = openRecovery(kpi);
        String reason = reason(request);
        if (!kpis.mayCreateIssuesFor(kpi.draft().projectKey())) {
            throw new ForbiddenException("kpiId",
                    messages.text("emerald.error.proposal.permission", kpi.draft().projectKey() == null ? "" : kpi.draft().projectKey()));
        }
        String key = ProposalDecision.recoveryKey(kpiId, proposal.cycle().start());
        ProposalDecision dismissed = new ProposalDecision(key, ProposalDecision.Kind.RECOVERY, kpiId, null,
                ProposalDecision.State.DISMISSED, user(), clock.instant(), reason, null, null, null);
        claim(dismissed);
        return kpis.recoveryView(kpi, proposal, dismissed);
    }

    /** The KPI a key result proposes, with its decision; 404 when it proposes none (not achieved and held). */
    public KpiProposalView kpiProposal(String keyResultKey) {
        Promotion p = promotion(keyResultKey);
        return view(p, proposals.find(ProposalDecision.promotionKey(p.record().issueId())).orElse(null));
    }

    /** Creates the proposed KPI and records the acceptance. */
    public KpiProposalView acceptKpiProposal(String keyResultKey, AcceptKpiProposal request) {
        AcceptKpiProposal r = request == null ? new AcceptKpiProposal(null, null, null, null) : request;
        Promotion p = promotion(decidableKeyResult(keyResultKey));
        String key = ProposalDecision.promotionKey(p.record().issueId());
        KpiProposal k = p.proposal();
        String project = r.projectKey() == null ? p.issue().projectKey() : r.projectKey();
        NewKpi kpi = new NewKpi(r.name() == null || r.name().isBlank() ? k.name() : r.name(),
                kpis.text(k.reason()), k.unit(), k.direction().name(), k.target(), k.rangeLow(), k.rangeHigh(), null, null,
                null, r.cadence() == null ? "MONTHLY" : r.cadence(), r.category() == null ? "OPERATIONAL" : r.category(),
                "LAGGING", project, null, null);
        // checked (and the right to create it) before the claim, so a refused request leaves the proposal open
        kpis.checkCreate(kpi);
        claim(new ProposalDecision(key, ProposalDecision.Kind.PROMOTION, null, p.record().issueId(),
                ProposalDecision.State.OPEN, user(), clock.instant(), null, null, null, null));
        KpiView created;
        try {
            created = kpis.create(kpi);
        } catch (RuntimeException e) {
            proposals.release(key);
            throw e;
        }
        return view(p, proposals.accept(key, null, null, created.id()));
    }

    /** Dismisses a key result's KPI proposal, with the reason. */
    public KpiProposalView dismissKpiProposal(String keyResultKey, Dismissal request) {
        Promotion p = promotion(decidableKeyResult(keyResultKey));
        String reason = reason(request);
        ProposalDecision dismissed = new ProposalDecision(ProposalDecision.promotionKey(p.record().issueId()),
                ProposalDecision.Kind.PROMOTION, null, p.record().issueId(), ProposalDecision.State.DISMISSED, user(),
                clock.instant(), reason, null, null, null);
        claim(dismissed);
        return view(p, dismissed);
    }

    private record Promotion(IssueDetails issue, KeyResultRecord record, KpiProposal proposal) {
    }

    private Promotion promotion(String keyResultKey) {
        return promotion(visibleIssue(keyResultKey));
    }

    private IssueDetails visibleIssue(String keyResultKey) {
        if (keyResultKey == null || keyResultKey.isBlank()) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", String.valueOf(keyResultKey)));
        }
        return issues.findVisibleDetails(OkrViews.normaliseKey(keyResultKey)).orElseThrow(() ->
                new NotFoundException("issueKey", messages.text("emerald.error.issue.not.found", keyResultKey)));
    }

    /** The key result's issue, for a user who may decide its proposal: who may create issues in its project. */
    private IssueDetails decidableKeyResult(String keyResultKey) {
        IssueDetails issue = visibleIssue(keyResultKey);
        if (!kpis.mayCreateIssuesFor(issue.projectKey())) {
            throw new ForbiddenException("issueKey",
                    messages.text("emerald.error.proposal.permission", issue.projectKey()));
        }
        return issue;
    }

    private Promotion promotion(IssueDetails issue) {
        KeyResultRecord kr = okrs.findKeyResult(issue.issue().id()).orElseThrow(() -> new NotFoundException("issueKey",
                messages.text("emerald.error.keyresult.not.found", issue.issue().key())));
        List<CheckIn> history = okrs.findCheckIns(List.of(kr.issueId())).getOrDefault(kr.issueId(), List.of());
        KpiProposal proposal = PromotionRule.propose(issue.issue().summary(), kr.target(), history).orElseThrow(() ->
                new NotFoundException("issueKey", messages.text("emerald.error.proposal.kpi.none", issue.issue().key())));
        return new Promotion(issue, kr, proposal);
    }

    private KpiProposalView view(Promotion p, ProposalDecision decision) {
        KpiProposal k = p.proposal();
        return new KpiProposalView(p.issue().issue().key(), k.name(), k.direction().name(), k.target(), k.rangeLow(),
                k.rangeHigh(), k.unit(), kpis.text(k.reason()), LoopViews.decision(decision),
                decision == null && kpis.mayCreateIssuesFor(p.issue().projectKey()));
    }

    private RecoveryProposal openRecovery(KpiRecord kpi) {
        // the same day the KPI views propose from, so the proposal accepted is the one shown
        LocalDate today = kpis.today();
        return kpis.recovery(kpi, kpis.recentMeasurements(kpi, today), today).orElseThrow(() -> new ConflictException("kpiId",
                messages.text("emerald.error.proposal.recovery.none", kpi.draft().definition().name())));
    }

    private void claim(ProposalDecision decision) {
        if (!proposals.claim(decision)) {
            ProposalDecision earlier = proposals.find(decision.proposalKey()).orElse(null);
            throw new ConflictException("proposal", messages.text("emerald.error.proposal.decided",
                    earlier == null ? "" : word(earlier.state()), earlier == null || earlier.decidedBy() == null ? "?"
                            : earlier.decidedBy(), earlier == null ? "" : earlier.decidedAt().toString()));
        }
    }

    private String word(ProposalDecision.State state) {
        return messages.text("emerald.proposal.state." + state.name());
    }

    private String reason(Dismissal request) {
        Validator v = new Validator(messages);
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        if (v.required("reason", reason == null || reason.isEmpty() ? null : reason)) {
            v.maxLength("reason", reason, MAX_REASON_LENGTH);
        }
        v.throwIfInvalid();
        return reason;
    }

    private String user() {
        return currentUser.userKey().orElse(null);
    }
}
