package com.emeraldokr.core.service.cycle;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.CloseCycle;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.UpdateCycle;
import com.emeraldokr.api.request.UpdateKeyResult;
import com.emeraldokr.api.view.CycleProposalView;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrProgressView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.FinalScoreRecord;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.InMemorySettingsStore;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.core.service.report.OkrReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The cycle lifecycle (edit, activate, close, delete), closed-cycle rules and archived objectives. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CycleLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final Cycle Q4 = new Cycle(7, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
            ZoneOffset.UTC, CycleState.PLANNING);
    private static final Cycle Q3_ACTIVE = new Cycle(6, "2026 Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
            ZoneOffset.UTC, CycleState.ACTIVE);
    private static final Cycle YEAR_ACTIVE = new Cycle(5, "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            ZoneOffset.UTC, CycleState.ACTIVE);
    private static final Map<String, IssueSummary> ISSUES = Map.of(
            "OKR-1", new IssueSummary(101, "OKR-1", "Delight developers"),
            "OKR-2", new IssueSummary(102, "OKR-2", "Build time down"),
            "OKR-3", new IssueSummary(103, "OKR-3", "Adoption up"),
            "OKR-4", new IssueSummary(104, "OKR-4", "Adoption metric"),
            "OKR-9", new IssueSummary(109, "OKR-9", "Elsewhere"));
    private static final KeyResultTarget TO_100 = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO,
            new BigDecimal("100"), "%");

    @Mock
    private OkrStore store;
    @Mock
    private IssueDirectory issues;
    @Mock
    private IssueLinks links;
    @Mock
    private EpicWork work;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private Permissions permissions;
    private CycleService cycles;
    private KeyResultService keyResults;
    private ObjectiveService objectives;
    private OkrReportService reports;
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);

    private final InMemorySettingsStore settings = new InMemorySettingsStore();

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cycles = new CycleService(store, issues, links, work, currentUser, permissions, messages, clock, settings);
        keyResults = new KeyResultService(store, issues, links, work, currentUser, messages, clock, settings, mock(KpiStore.class));
        objectives = new ObjectiveService(store, issues, links, work, messages, clock, settings, mock(KpiStore.class));
        reports = new OkrReportService(store, issues, messages, clock, links, work, org.mockito.Mockito.mock(KpiStore.class), settings);
        when(permissions.isAdministrator()).thenReturn(true);
        when(currentUser.userKey()).thenReturn(Optional.of("admin"));
        when(issues.mayEdit(anyLong())).thenReturn(true);
        when(issues.findVisibleByKey(any())).thenAnswer(i -> Optional.ofNullable(ISSUES.get((String) i.getArgument(0))));
        when(issues.findVisibleByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return ISSUES.values().stream().filter(s -> ids.contains(s.id()))
                    .collect(Collectors.toMap(IssueSummary::id, s -> s));
        });
        when(issues.findVisibleDetailsByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return ISSUES.values().stream().filter(s -> ids.contains(s.id()))
                    .collect(Collectors.toMap(IssueSummary::id, s -> new IssueDetails(s, "OKR", IssueRole.OTHER, null)));
        });
        when(store.findCycle(7)).thenReturn(Optional.of(Q4));
        when(store.listCycles()).thenReturn(List.of(Q4, Q3_ACTIVE, YEAR_ACTIVE));
        when(store.updateCycle(any())).thenAnswer(i -> i.getArgument(0));
    }

    /** Q4 holds OKR-1 (key results OKR-2 at 25 of 100, weight 1; OKR-4 at 75 of 100, weight 1) and OKR-3 without key results. */
    private void q4HoldsTwoObjectives(Cycle q4) {
        when(store.findCycle(7)).thenReturn(Optional.of(q4));
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED),
                new ObjectiveRecord(103, 7, Commitment.ASPIRATIONAL)));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        List<KeyResultRecord> krs = List.of(
                new KeyResultRecord(102, 101, 7, TO_100, BigDecimal.ONE, Optional.of(new CheckIn(NOW, new BigDecimal("25"), 5, "", "u"))),
                new KeyResultRecord(104, 101, 7, TO_100, BigDecimal.ONE, Optional.of(new CheckIn(NOW, new BigDecimal("75"), 5, "", "u"))));
        when(store.findKeyResultsInCycle(7)).thenReturn(krs);
        when(store.findKeyResultsOfObjective(101)).thenReturn(krs);
        when(store.findKeyResult(102)).thenReturn(Optional.of(krs.get(0)));
        when(store.countObjectivesInCycle(7)).thenReturn(2);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anEditChangesOnlyTheFieldsItGives() {
        CycleView view = cycles.updateCycle(7, new UpdateCycle("  Q4 2026 (revised) ", null, null, null));

        ArgumentCaptor<Cycle> written = ArgumentCaptor.forClass(Cycle.class);
        verify(store).updateCycle(written.capture());
        assertThat(written.getValue()).isEqualTo(new Cycle(7, "Q4 2026 (revised)", Q4.start(), Q4.end(), Q4.zone(), CycleState.PLANNING));
        assertThat(view.name()).isEqualTo("Q4 2026 (revised)");

        cycles.updateCycle(7, new UpdateCycle(null, null, "2026-12-20", "Europe/Berlin"));
        verify(store).updateCycle(new Cycle(7, "2026 Q4", Q4.start(), LocalDate.of(2026, 12, 20), ZoneId.of("Europe/Berlin"),
                CycleState.PLANNING));
    }

    @Test
    void anEditObeysTheRulesOfCreatingACycleAndWritesNothingWhenItBreaksThem() {
        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle(" ", "1 October", null, "Mars/Olympus")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("name", "start", "timeZone"));
        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle("x".repeat(256), null, null, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("name", "timeZone"));
        // the kept start and the new end must still be in order; the message is create's
        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle(null, null, "2026-09-30", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(fields(e)).containsExactly("end");
                    assertThat(e.errors().get(0).message()).isEqualTo(messages.text("emerald.error.cycle.end.before.start"));
                });
        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle(null, "2027-01-01", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("start"));
        assertThatThrownBy(() -> cycles.updateCycle(7, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cycles.updateCycle(99, new UpdateCycle("x", null, null, null))).isInstanceOf(NotFoundException.class);
        verify(store, never()).updateCycle(any());
    }

    @Test
    void aClosedCycleMayBeRenamedButNotReDated() {
        Cycle closed = new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.CLOSED);
        when(store.findCycle(7)).thenReturn(Optional.of(closed));

        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle(null, null, "2026-12-20", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2026 Q4");
        verify(store, never()).updateCycle(any());
        assertThat(cycles.updateCycle(7, new UpdateCycle("Q4 (done)", null, "2026-12-31", null)).state()).isEqualTo("CLOSED");
    }

    @Test
    void creatingACycleAlreadyActiveFollowsTheSameOneActivePerLengthRule() {
        assertThatThrownBy(() -> cycles.createCycle(new NewCycle("2026 Q4 too", "2026-10-01", "2026-12-31", "UTC", "ACTIVE")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("state");
                    assertThat(e.getMessage()).contains("2026 Q3").contains("2026 Q4 too");
                });
        verify(store, never()).createCycle(any(), any(), any(), any(), any());
    }

    @Test
    void activatingASecondActiveCycleOfTheSameLengthNamesTheOtherOneAndSaysToCloseItFirst() {
        assertThatThrownBy(() -> cycles.activate(7))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("cycleId");
                    assertThat(e.getMessage()).isEqualTo(
                            "Cycle \"2026 Q3\" is already the active quarter cycle. Close it first, then activate \"2026 Q4\".");
                });
        verify(store, never()).updateCycle(any());
    }

    @Test
    void activatingACycleOfALengthWithoutAnActiveCycleMakesItActive() {
        when(store.listCycles()).thenReturn(List.of(Q4, YEAR_ACTIVE,
                new Cycle(6, "2026 Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), ZoneOffset.UTC, CycleState.CLOSED)));

        assertThat(cycles.activate(7).state()).isEqualTo("ACTIVE");
        verify(store).updateCycle(new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.ACTIVE));
    }

    @Test
    void anActiveCycleReDatedIntoAnotherActiveCyclesLengthConflicts() {
        Cycle activeSixWeeks = new Cycle(7, "Sprint block", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 11),
                ZoneOffset.UTC, CycleState.ACTIVE);
        when(store.findCycle(7)).thenReturn(Optional.of(activeSixWeeks));
        when(store.listCycles()).thenReturn(List.of(activeSixWeeks, Q3_ACTIVE));

        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle(null, null, "2026-12-31", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("\"2026 Q3\"").hasMessageContaining("quarter");
        verify(store, never()).updateCycle(any());
    }

    @Test
    void aClosedCycleIsNotActivatedAgainAndAnActiveOneStaysActive() {
        when(store.findCycle(7)).thenReturn(Optional.of(new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.CLOSED)));
        assertThatThrownBy(() -> cycles.activate(7)).isInstanceOf(ConflictException.class);
        when(store.findCycle(6)).thenReturn(Optional.of(Q3_ACTIVE));
        assertThat(cycles.activate(6).state()).isEqualTo("ACTIVE");
        verify(store, never()).updateCycle(any());
    }

    @Test
    void onlyAdministratorsChangeCyclesAndNothingIsWrittenForOthers() {
        when(permissions.isAdministrator()).thenReturn(false);
        q4HoldsTwoObjectives(Q4);

        assertThatThrownBy(() -> cycles.updateCycle(7, new UpdateCycle("x", null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cycles.activate(7)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cycles.close(7, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cycles.delete(7)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cycles.createCycle(new NewCycle("Q1", "2027-01-01", "2027-03-31", null, null)))
                .isInstanceOf(ForbiddenException.class);
        verify(store, never()).updateCycle(any());
        verify(store, never()).closeCycle(anyLong(), anyList(), any());
        verify(store, never()).deleteCycle(anyLong());
        verify(store, never()).createCycle(any(), any(), any(), any(), any());
    }

    @Test
    void closingFreezesEveryObjectivesAndKeyResultsScoreAsComputedNow() {
        q4HoldsTwoObjectives(Q4);
        when(store.closeCycle(eq(7L), anyList(), any())).thenReturn(true);

        cycles.close(7, null);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FinalScoreRecord>> frozen = ArgumentCaptor.forClass(List.class);
        verify(store).closeCycle(eq(7L), frozen.capture(), eq("admin"));
        Map<Long, FinalScoreRecord> byIssue = frozen.getValue().stream()
                .collect(Collectors.toMap(FinalScoreRecord::issueId, f -> f));
        assertThat(byIssue).containsOnlyKeys(101L, 102L, 103L, 104L);
        assertThat(byIssue.get(101L).score()).isEqualByComparingTo("0.5");
        assertThat(byIssue.get(101L).objective()).isTrue();
        assertThat(byIssue.get(101L).overridden()).isFalse();
        assertThat(byIssue.get(102L).score()).isEqualByComparingTo("0.25");
        assertThat(byIssue.get(102L).objective()).isFalse();
        assertThat(byIssue.get(104L).score()).isEqualByComparingTo("0.75");
        assertThat(byIssue.get(103L).score()).isEqualByComparingTo("0");
    }

    @Test
    void anOverrideReplacesAnObjectivesFinalScoreAndKeepsTheComputedOneBesideIt() {
        q4HoldsTwoObjectives(Q4);
        when(store.closeCycle(eq(7L), anyList(), any())).thenReturn(true);

        cycles.close(7, new CloseCycle(List.of(new CloseCycle.Override("okr-1", new BigDecimal("0.6"), "  Scope cut mid-quarter "))));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FinalScoreRecord>> frozen = ArgumentCaptor.forClass(List.class);
        verify(store).closeCycle(eq(7L), frozen.capture(), any());
        FinalScoreRecord okr1 = frozen.getValue().stream().filter(f -> f.issueId() == 101).findFirst().orElseThrow();
        assertThat(okr1.score()).isEqualByComparingTo("0.6");
        assertThat(okr1.computedScore()).isEqualByComparingTo("0.5");
        assertThat(okr1.overrideReason()).isEqualTo("Scope cut mid-quarter");
        assertThat(frozen.getValue().stream().filter(f -> f.issueId() == 102).findFirst().orElseThrow().overridden()).isFalse();
    }

    @Test
    void anOverrideNeedsAReasonAndAScoreFromZeroToOne() {
        q4HoldsTwoObjectives(Q4);
        CloseCycle bad = new CloseCycle(List.of(
                new CloseCycle.Override("OKR-1", new BigDecimal("0.6"), "  "),
                new CloseCycle.Override("OKR-3", new BigDecimal("1.5"), null),
                new CloseCycle.Override(null, null, "because")));

        assertThatThrownBy(() -> cycles.close(7, bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(fields(e)).containsExactlyInAnyOrder("overrides[0].reason", "overrides[1].score",
                    "overrides[1].reason", "overrides[2].objectiveKey", "overrides[2].score");
            assertThat(e.errors()).filteredOn(f -> f.field().equals("overrides[0].reason")).extracting(FieldError::message)
                    .containsExactly(messages.text("emerald.error.cycle.override.reason"));
        });
        assertThatThrownBy(() -> cycles.close(7, new CloseCycle(List.of(
                new CloseCycle.Override("OKR-9", new BigDecimal("0.6"), "not ours")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("overrides[0].objectiveKey"));
        assertThatThrownBy(() -> cycles.close(7, new CloseCycle(List.of(
                new CloseCycle.Override("OKR-1", BigDecimal.ONE, "a"), new CloseCycle.Override("okr-1", BigDecimal.ONE, "b")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("overrides[1].objectiveKey"));
        assertThatThrownBy(() -> cycles.close(7, new CloseCycle(List.of(
                new CloseCycle.Override("NOPE-1", BigDecimal.ONE, "a"))))).isInstanceOf(NotFoundException.class);
        verify(store, never()).closeCycle(anyLong(), anyList(), any());
    }

    @Test
    void closingAClosedCycleConflicts() {
        q4HoldsTwoObjectives(new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.CLOSED));
        assertThatThrownBy(() -> cycles.close(7, null)).isInstanceOf(ConflictException.class)
                .hasMessage("Cycle \"2026 Q4\" is already closed.");
        verify(store, never()).closeCycle(anyLong(), anyList(), any());
    }

    @Test
    void aCloseThatLosesTheRaceToAnotherCloseConflicts() {
        q4HoldsTwoObjectives(Q4);
        when(store.closeCycle(eq(7L), anyList(), any())).thenReturn(false);
        assertThatThrownBy(() -> cycles.close(7, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCycleWithObjectivesIsNotDeletedAndTheAnswerSaysHowMany() {
        q4HoldsTwoObjectives(Q4);
        assertThatThrownBy(() -> cycles.delete(7)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("holds 2 objectives");
        verify(store, never()).deleteCycle(anyLong());

        when(store.countObjectivesInCycle(7)).thenReturn(0);
        when(store.deleteCycle(7)).thenReturn(true);
        cycles.delete(7);
        verify(store).deleteCycle(7);
        assertThatThrownBy(() -> cycles.delete(99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void noCheckInsOrTargetEditsInAClosedCycle() {
        q4HoldsTwoObjectives(new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.CLOSED));

        assertThatThrownBy(() -> keyResults.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("30"), 5, "")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).contains("OKR-2").contains("2026 Q4").contains("closed");
                });
        assertThatThrownBy(() -> keyResults.updateKeyResult("OKR-2", new UpdateKeyResult("INCREASE_TO", BigDecimal.ZERO,
                new BigDecimal("90"), null, "%", null, 1))).isInstanceOf(ConflictException.class);
        verify(store, never()).recordCheckIn(anyLong(), any());
        verify(store, never()).updateKeyResult(anyLong(), anyInt(), any(), any(), any());
    }

    @Test
    void anObjectiveOfAClosedCycleShowsItsFrozenScoresNotTodaysFormulas() {
        q4HoldsTwoObjectives(new Cycle(7, Q4.name(), Q4.start(), Q4.end(), Q4.zone(), CycleState.CLOSED));
        when(store.findFinalScoresInCycle(7)).thenReturn(Map.of(
                101L, new FinalScoreRecord(101, 7, true, new BigDecimal("0.9"), new BigDecimal("0.4"), "Shipped early, metric lagging"),
                102L, new FinalScoreRecord(102, 7, false, new BigDecimal("0.1"), new BigDecimal("0.1"), null),
                104L, new FinalScoreRecord(104, 7, false, new BigDecimal("0.7"), new BigDecimal("0.7"), null)));

        ObjectiveView view = objectives.objective("OKR-1");

        assertThat(view.finalScore()).isEqualByComparingTo("0.9");
        assertThat(view.score()).isEqualByComparingTo("0.9");
        assertThat(view.grade()).isEqualTo("GREEN");
        assertThat(view.progress()).isEqualByComparingTo("0.4");
        assertThat(view.status()).isEqualTo("MISSED");
        assertThat(view.finalScoreOverridden()).isTrue();
        assertThat(view.overrideReason()).isEqualTo("Shipped early, metric lagging");
        // key results at 25 and 75 today, frozen at 0.1 and 0.7
        assertThat(view.keyResults()).extracting(k -> k.finalScore().doubleValue()).containsExactly(0.1, 0.7);
        assertThat(view.keyResults()).extracting(k -> k.percent()).containsExactly(10, 70);
    }

    @Test
    void anOpenCyclesObjectiveHasNoFinalScoreAndReadsNone() {
        q4HoldsTwoObjectives(Q4);
        ObjectiveView view = objectives.objective("OKR-1");
        assertThat(view.finalScore()).isNull();
        assertThat(view.finalScoreOverridden()).isNull();
        assertThat(view.keyResults()).allSatisfy(k -> assertThat(k.finalScore()).isNull());
        assertThat(view.score()).isEqualByComparingTo("0.5");
        verify(store, never()).findFinalScoresInCycle(anyLong());
    }

    @Test
    void archivingNeedsEditPermissionOnTheObjective() {
        q4HoldsTwoObjectives(Q4);
        when(issues.mayEdit(101)).thenReturn(false);
        assertThatThrownBy(() -> objectives.setArchived("OKR-1", true)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("OKR-1");
        assertThatThrownBy(() -> objectives.setArchived("OKR-2", true)).isInstanceOf(NotFoundException.class);
        verify(store, never()).setObjectiveArchived(anyLong(), anyBoolean());

        when(issues.mayEdit(101)).thenReturn(true);
        objectives.setArchived("OKR-1", true);
        verify(store).setObjectiveArchived(101, true);
    }

    @Test
    void archivedObjectivesAreLeftOutOfTheCycleReadsUnlessAskedFor() {
        q4HoldsTwoObjectives(Q4);
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED, true),
                new ObjectiveRecord(103, 7, Commitment.ASPIRATIONAL)));

        OkrProgressView without = reports.okrProgress(7L, null);
        assertThat(without.objectives()).extracting(ObjectiveView::issueKey).containsExactly("OKR-3");
        OkrProgressView with = reports.okrProgress(7L, null, true);
        assertThat(with.objectives()).extracting(ObjectiveView::issueKey).containsExactlyInAnyOrder("OKR-1", "OKR-3");
        assertThat(with.objectives()).filteredOn(ObjectiveView::archived).extracting(ObjectiveView::issueKey).containsExactly("OKR-1");
        assertThat(reports.okrPlan("OKR", 7L, false).objectives()).hasSize(1);
        assertThat(reports.okrPlan("OKR", 7L, false, true).objectives()).hasSize(2);
        assertThat(reports.cycleOverview(7L).objectivesByTeam()).containsEntry("OKR", 1);
        assertThat(reports.cycleOverview(7L, true).objectivesByTeam()).containsEntry("OKR", 2);
    }

    @Test
    void aNewCycleIsProposedAsTheFiscalQuarterAfterTheLatestCycle() {
        // the latest cycles end on 2026-12-31; with the fiscal year starting in January that is 2027 Q1
        assertThat(cycles.nextQuarter()).isEqualTo(new CycleProposalView("2027 Q1", "2027-01-01", "2027-03-31", "UTC"));

        settings.save(new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.APRIL, CheckInCadence.WEEKLY, Map.of(), true, ZoneId.of("Europe/Berlin")), "admin");
        assertThat(cycles.nextQuarter()).as("fiscal year from April: January to March is the fiscal year's last quarter")
                .isEqualTo(new CycleProposalView("FY2027 Q4", "2027-01-01", "2027-03-31", "Europe/Berlin"));

        when(store.listCycles()).thenReturn(List.of(Q3_ACTIVE));
        assertThat(cycles.nextQuarter()).as("every cycle has ended: the quarter containing today (2026-11-15)")
                .isEqualTo(new CycleProposalView("FY2027 Q3", "2026-10-01", "2026-12-31", "Europe/Berlin"));
        when(store.listCycles()).thenReturn(List.of());
        assertThat(cycles.nextQuarter().name()).isEqualTo("FY2027 Q3");
    }

    @Test
    void onlyAdministratorsAreProposedCycles() {
        when(permissions.isAdministrator()).thenReturn(false);
        assertThatThrownBy(() -> cycles.nextQuarter()).isInstanceOf(ForbiddenException.class);
    }
}
