package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.api.request.ProposalRequests.AcceptRecovery;
import com.emeraldokr.api.request.ProposalRequests.Dismissal;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.ProposalDecision;
import com.emeraldokr.core.port.ProposalStore;
import com.emeraldokr.core.service.objective.OkrCreationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The loop's actions: a proposal is decided once, a failed acceptance leaves it open, and a dismissal needs a reason. */
class LoopServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String KEY = ProposalDecision.recoveryKey(7, LocalDate.of(2026, 10, 1));

    private final KpiStore kpiStore = mock(KpiStore.class);
    private final ProposalStore proposals = mock(ProposalStore.class);
    private final OkrStore okrs = mock(OkrStore.class);
    private final OkrCreationService creation = mock(OkrCreationService.class);
    private final Permissions permissions = mock(Permissions.class);
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);
    private LoopService loop;

    @BeforeEach
    void anUnhealthyKpi() {
        KpiDefinition d = new KpiDefinition("Resolution time", "h", KpiDirection.LOWER_IS_BETTER, new BigDecimal("6"), null, null,
                KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.CUSTOMER, IndicatorTiming.LAGGING, null);
        when(kpiStore.find(7)).thenReturn(Optional.of(new KpiRecord(7, new KpiDraft(d, "", "alice", "SUP"), false, 1)));
        when(kpiStore.measurements(anyCollection(), any())).thenReturn(Map.of(7L, List.of(
                new KpiMeasurement(Period.parse("2026-09"), new BigDecimal("9")),
                new KpiMeasurement(Period.parse("2026-10"), new BigDecimal("11")))));
        when(okrs.listCycles()).thenReturn(List.of(new Cycle(3, "2026 Q4", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), ZoneOffset.UTC, CycleState.ACTIVE)));
        when(permissions.browsesProject("SUP")).thenReturn(true);
        when(permissions.createsIssues("SUP")).thenReturn(true);
        KpiService kpis = new KpiService(kpiStore, () -> Optional.of("alice"), messages, CLOCK, permissions,
                mock(KpiSourceReader.class), new com.emeraldokr.core.service.InMemorySettingsStore(), proposals,
                mock(IssueDirectory.class));
        loop = new LoopService(kpis, creation, okrs, proposals, mock(IssueDirectory.class), () -> Optional.of("alice"),
                permissions, messages, CLOCK);
    }

    private static ObjectiveView created() {
        ObjectiveView objective = mock(ObjectiveView.class);
        KeyResultView kr = mock(KeyResultView.class);
        when(objective.issueId()).thenReturn(100L);
        when(kr.issueId()).thenReturn(101L);
        when(objective.keyResults()).thenReturn(List.of(kr));
        return objective;
    }

    @Test
    void acceptingCreatesTheProposedOkrMeasuredByTheKpiInTheProposalsCycle() {
        when(proposals.claim(any())).thenReturn(true);
        ObjectiveView objective = created();
        when(creation.create(any())).thenReturn(objective);
        when(proposals.accept(KEY, 100L, 101L, null)).thenReturn(new ProposalDecision(KEY, ProposalDecision.Kind.RECOVERY,
                7L, null, ProposalDecision.State.ACCEPTED, "alice", NOW, null, 100L, 101L, null));

        var view = loop.acceptRecovery(7, new AcceptRecovery(null, null, null));

        ArgumentCaptor<NewOkr> okr = ArgumentCaptor.forClass(NewOkr.class);
        verify(creation).create(okr.capture());
        assertThat(okr.getValue().projectKey()).isEqualTo("SUP");
        assertThat(okr.getValue().cycleId()).isEqualTo(3L);
        assertThat(okr.getValue().commitment()).isEqualTo("COMMITTED");
        NewOkr.KeyResult kr = okr.getValue().keyResults().get(0);
        assertThat(kr.kind()).isEqualTo("DECREASE_TO");
        assertThat(kr.start()).isEqualByComparingTo("11");
        assertThat(kr.target()).isEqualByComparingTo("6");
        assertThat(kr.kpiId()).isEqualTo(7L);
        assertThat(view.decision().state()).isEqualTo("ACCEPTED");
        assertThat(view.mayDecide()).isFalse();
    }

    @Test
    void aProposalDecidedAlreadyIsAConflictAndCreatesNothing() {
        when(proposals.claim(any())).thenReturn(false);
        when(proposals.find(KEY)).thenReturn(Optional.of(new ProposalDecision(KEY, ProposalDecision.Kind.RECOVERY, 7L, null,
                ProposalDecision.State.ACCEPTED, "bob", NOW, null, 100L, 101L, null)));
        assertThatThrownBy(() -> loop.acceptRecovery(7, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("accepted already, by bob");
        verify(creation, never()).create(any());
    }

    @Test
    void aFailedAcceptanceReleasesItsClaimSoTheProposalStaysOpen() {
        when(proposals.claim(any())).thenReturn(true);
        when(creation.create(any())).thenThrow(new StepFailedException("Jira refused", new RuntimeException(), true));
        assertThatThrownBy(() -> loop.acceptRecovery(7, null)).isInstanceOf(StepFailedException.class);
        verify(proposals).release(KEY);
        verify(proposals, never()).accept(anyString(), any(), any(), any());
    }

    @Test
    void whoMayNotCreateIssuesInTheProjectDecidesNothing() {
        when(permissions.createsIssues("SUP")).thenReturn(false);
        assertThatThrownBy(() -> loop.acceptRecovery(7, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> loop.dismissRecovery(7, new Dismissal("not now"))).isInstanceOf(ForbiddenException.class);
        verify(proposals, never()).claim(any());
    }

    @Test
    void aDismissalNeedsAReasonAndIsStoredWithWhoAndWhen() {
        assertThatThrownBy(() -> loop.dismissRecovery(7, new Dismissal(" "))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> loop.dismissRecovery(7, null)).isInstanceOf(ValidationException.class);
        when(proposals.claim(any())).thenReturn(true);
        var view = loop.dismissRecovery(7, new Dismissal(" seasonal peak "));
        ArgumentCaptor<ProposalDecision> stored = ArgumentCaptor.forClass(ProposalDecision.class);
        verify(proposals).claim(stored.capture());
        assertThat(stored.getValue().state()).isEqualTo(ProposalDecision.State.DISMISSED);
        assertThat(stored.getValue().reason()).isEqualTo("seasonal peak");
        assertThat(stored.getValue().decidedBy()).isEqualTo("alice");
        assertThat(stored.getValue().decidedAt()).isEqualTo(NOW);
        assertThat(view.decision().reason()).isEqualTo("seasonal peak");
    }
}
