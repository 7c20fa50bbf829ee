package com.emeraldokr.core.service;

import com.emeraldokr.api.view.AlignmentTreeView;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import java.time.Month;
import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.UpdateKeyResult;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrProgressView;
import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.Assignee;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks.Kind;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssuesAlreadyRegisteredException;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.cycle.CycleService;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.core.service.report.OkrReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class OkrServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final Cycle Q4 = new Cycle(7, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
            ZoneOffset.UTC, CycleState.ACTIVE);
    private static final Map<String, IssueSummary> ISSUES = Map.of(
            "OKR-1", new IssueSummary(101, "OKR-1", "Delight developers"),
            "OKR-2", new IssueSummary(102, "OKR-2", "Build time down"),
            "OKR-3", new IssueSummary(103, "OKR-3", "Adoption up"));

    /** Who the issues are assigned to; the rest are unassigned. */
    private static final Map<Long, Assignee> ASSIGNEES = Map.of(
            102L, new Assignee("jdoe", "Jane Doe"), 103L, new Assignee("rroe", "Rick Roe"));

    @Mock
    private OkrStore store;
    @Mock
    private IssueDirectory issues;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private IssueLinks links;
    @Mock
    private EpicWork work;
    @Mock
    private Permissions permissions;
    @Mock
    private KpiStore kpis;
    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private CycleService cycles;
    private ObjectiveService objectives;
    private KeyResultService keyResults;
    private OkrReportService reports;

    @BeforeEach
    void setUp() {
        BundleMessages messages = new BundleMessages(Locale.ENGLISH);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cycles = new CycleService(store, issues, links, work, currentUser, permissions, messages, clock, settings);
        when(permissions.isAdministrator()).thenReturn(true);
        objectives = new ObjectiveService(store, issues, links, work, messages, clock, settings, mock(KpiStore.class));
        keyResults = new KeyResultService(store, issues, links, work, currentUser, messages, clock, settings, mock(KpiStore.class));
        reports = new OkrReportService(store, issues, new BundleMessages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC),
                links, work, kpis, settings);
        when(links.mayLink(anyLong())).thenReturn(true);
        when(issues.mayEdit(anyLong())).thenReturn(true);
        when(issues.findVisibleByKey(any())).thenAnswer(i -> Optional.ofNullable(ISSUES.get((String) i.getArgument(0))));
        visibleAre(ISSUES.values());
        when(store.findCycle(7)).thenReturn(Optional.of(Q4));
        when(store.registeredIssueIds(anyCollection())).thenReturn(Set.of());
        when(currentUser.userKey()).thenReturn(Optional.of("jdoe"));
    }

    /** The directory finds these issues by id, each in the project its key names, assigned as {@link #ASSIGNEES} says. */
    private void visibleAre(Collection<IssueSummary> visible) {
        when(issues.findVisibleByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return visible.stream().filter(s -> ids.contains(s.id())).collect(Collectors.toMap(IssueSummary::id, s -> s));
        });
        when(issues.findVisibleDetailsByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return visible.stream().filter(s -> ids.contains(s.id())).collect(Collectors.toMap(IssueSummary::id,
                    s -> new IssueDetails(s, s.key().substring(0, s.key().indexOf('-')), IssueRole.OTHER, ASSIGNEES.get(s.id()))));
        });
    }

    private static NewKeyResult kr(String key, String kind, String start, String target) {
        return new NewKeyResult(key, kind, start == null ? null : new BigDecimal(start),
                target == null ? null : new BigDecimal(target), "%", null);
    }

    @Test
    void createObjectiveReportsEveryInvalidFieldAndWritesNothing() {
        NewObjective bad = new NewObjective("OKR-1", null, "SOMETIMES",
                List.of(kr("OKR-2", "SIDEWAYS", "0", null), kr("OKR-1", "INCREASE_TO", "10", "5")));

        assertThatThrownBy(() -> objectives.createObjective(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("commitment", "keyResults[0].kind", "keyResults[0].target",
                                "keyResults[1].issueKey", "keyResults[1].target", "cycleId"));
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void messagesNameTheProblemInWords() {
        NewObjective bad = new NewObjective("OKR-1", 7L, "committed", List.of(kr("OKR-2", "UP", "0", "1")));
        assertThatThrownBy(() -> objectives.createObjective(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("\"UP\" is not one of INCREASE_TO, DECREASE_TO, STAY_ABOVE, STAY_BELOW, STAY_WITHIN, MILESTONE, ISSUE_COMPLETION."));
    }

    @Test
    void unknownIssueKeysAreNotFoundAndNothingIsWritten() {
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("NOPE-9", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("keyResults[1].issueKey");
                    assertThat(e.getMessage()).contains("NOPE-9");
                });
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void anUnknownCycleIsNotFound() {
        NewObjective request = new NewObjective("OKR-1", 99L, "COMMITTED", List.of(kr("OKR-2", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> objectives.createObjective(request)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99");
    }

    @Test
    void anIssueThatAlreadyIsAnOkrConflicts() {
        when(store.registeredIssueIds(anyCollection())).thenReturn(Set.of(102L));
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(kr("OKR-2", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("keyResults[0].issueKey"));
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void createObjectiveStoresTheObjectiveWithItsKeyResultsInTheCycle() {
        NewObjective request = new NewObjective("okr-1", 7L, "aspirational",
                List.of(kr("OKR-2", "DECREASE_TO", "800", "200"), kr("OKR-3", "INCREASE_TO", "0", "50")));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.ASPIRATIONAL)));
        when(store.findCheckIns(anyCollection())).thenReturn(Map.of());

        objectives.createObjective(request);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<KeyResultRecord>> krs = ArgumentCaptor.forClass(List.class);
        verify(store).createObjective(eq(new ObjectiveRecord(101, 7, Commitment.ASPIRATIONAL)), krs.capture());
        assertThat(krs.getValue()).extracting(KeyResultRecord::issueId).containsExactly(102L, 103L);
        assertThat(krs.getValue().get(0).target())
                .isEqualTo(new KeyResultTarget(KeyResultKind.DECREASE_TO, new BigDecimal("800"), new BigDecimal("200"), "%"));
        assertThat(krs.getValue()).allSatisfy(k -> assertThat(k.weight()).isEqualByComparingTo("1"));
    }

    @Test
    void checkInValidationNamesValueAndConfidence() {
        assertThatThrownBy(() -> keyResults.recordCheckIn("OKR-2", new NewCheckIn(null, 11, "x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("value", "confidence"));
        verify(store, never()).recordCheckIn(anyLong(), any());
    }

    @Test
    void checkInIsStoredWithTheClockTimeAndTheUserAndReturnsTheNewAssessment() {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        KeyResultRecord before = new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.empty());
        when(store.findKeyResult(102)).thenReturn(Optional.of(before));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        CheckIn expected = new CheckIn(NOW, new BigDecimal("62.5"), 8, "good week", "jdoe");
        when(store.findKeyResultsOfObjective(101)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.of(expected))));
        when(store.findCheckIns(anyCollection())).thenReturn(Map.of(102L, List.of(expected)));

        KeyResultView view = keyResults.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("62.5"), 8, "  good week "));

        verify(store).recordCheckIn(102, expected);
        assertThat(view.percent()).isEqualTo(63);
        assertThat(view.progress()).isEqualByComparingTo("0.625");
        assertThat(view.current()).isEqualByComparingTo("62.5");
        assertThat(view.checkIns()).hasSize(1);
    }

    @Test
    void aCheckInDatedBeforeItsCycleStartsIsRefusedNamingTheDate() {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        when(store.findKeyResult(102)).thenReturn(Optional.of(new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.empty())));

        assertThatThrownBy(() -> keyResults.recordCheckIn("OKR-2",
                new NewCheckIn(new BigDecimal("10"), 5, "", "2026-09-30T23:59:59Z")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("at");
                    assertThat(e.errors().get(0).message()).contains("2026 Q4").contains("2026-10-01");
                });
        verify(store, never()).recordCheckIn(anyLong(), any());
    }

    @Test
    void aCheckInAtTheFirstMomentOfItsCycleIsTaken() {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        when(store.findKeyResult(102)).thenReturn(Optional.of(new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.empty())));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsOfObjective(101)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.empty())));

        keyResults.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("10"), 5, "", "2026-10-01T00:00:00Z"));

        verify(store).recordCheckIn(102, new CheckIn(Instant.parse("2026-10-01T00:00:00Z"), new BigDecimal("10"), 5, "", "jdoe"));
    }

    @Test
    void aKeyResultMeasuredFromEpicsTakesNoCheckIns() {
        KeyResultTarget measured = new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, "");
        when(store.findKeyResult(102)).thenReturn(Optional.of(new KeyResultRecord(102, 101, 7, measured, BigDecimal.ONE, Optional.empty())));

        assertThatThrownBy(() -> keyResults.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("0.5"), 5, "")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no check-ins");
        verify(store, never()).recordCheckIn(anyLong(), any());
    }

    @Test
    void onlyUsersWhoMayEditTheKeyResultCheckInOrChangeItsTarget() {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "%");
        when(store.findKeyResult(102)).thenReturn(Optional.of(new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE, Optional.empty())));
        when(issues.mayEdit(102)).thenReturn(false);

        assertThatThrownBy(() -> keyResults.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("10"), 5, "")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("OKR-2");
        assertThatThrownBy(() -> keyResults.updateKeyResult("OKR-2", new UpdateKeyResult("INCREASE_TO", BigDecimal.ZERO,
                new BigDecimal("90"), null, "%", null, 1))).isInstanceOf(ForbiddenException.class);
        verify(store, never()).recordCheckIn(anyLong(), any());
        verify(store, never()).updateKeyResult(anyLong(), anyInt(), any(), any(), any());
    }

    @Test
    void gadgetShowsTheCurrentCycleSortedWorstFirst() {
        givenTwoObjectivesInQ4OneAt90AndOneAt5();

        OkrProgressView view = reports.okrProgress(null);

        assertThat(view.cycle().name()).isEqualTo("2026 Q4");
        assertThat(view.objectives()).extracting(ObjectiveView::issueKey).containsExactly("OKR-3", "OKR-1");
        assertThat(view.objectives().get(0).status()).isEqualTo("OFF_TRACK");
        // OKR-1's key result (issue 102) is visible; 104 is not a known issue, so it is not listed
        assertThat(view.objectives().get(1).keyResults()).extracting(KeyResultView::issueKey).containsExactly("OKR-2");
        assertThat(view.objectives().get(0).keyResults()).isEmpty();
        assertThat(view.objectives().get(0).percent()).isEqualTo(5);
    }

    /** OKR-1 (101) with key result 102 at {@code parent}%, OKR-3 (103) with key result 104 at {@code child}%, in Q4. */
    private void twoObjectives(String parent, String child, Instant checkedInAt) {
        when(store.listCycles()).thenReturn(List.of(Q4));
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "");
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(
                new ObjectiveRecord(101, 7, Commitment.COMMITTED), new ObjectiveRecord(103, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsInCycle(7)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(checkedInAt, new BigDecimal(parent), 9, "", "u"))),
                new KeyResultRecord(104, 103, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(checkedInAt, new BigDecimal(child), 2, "", "u")))));
    }

    private static ObjectiveView objective(OkrProgressView view, String key) {
        return view.objectives().stream().filter(o -> o.issueKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aParentCountsItsAlignedChildInTheCycleReadUnlessTheSettingIsOff() {
        twoObjectives("90", "10", NOW);
        when(links.targetsOf(anyCollection(), eq(IssueLinks.Kind.ALIGNMENT))).thenReturn(Map.of(103L, List.of(101L)));

        OkrProgressView view = reports.okrProgress(null);
        assertThat(objective(view, "OKR-1").percent()).isEqualTo(50);
        assertThat(objective(view, "OKR-1").status()).as("the child's off-track status counts").isEqualTo("OFF_TRACK");
        assertThat(objective(view, "OKR-3").percent()).isEqualTo(10);
        assertThat(objective(view, "OKR-3").parentKey()).isEqualTo("OKR-1");

        settings.save(new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.JANUARY, CheckInCadence.WEEKLY, Map.of(), false, ZoneOffset.UTC), "admin");
        OkrProgressView alone = reports.okrProgress(null);
        assertThat(objective(alone, "OKR-1").percent()).isEqualTo(90);
        assertThat(objective(alone, "OKR-1").status()).isEqualTo("ON_TRACK");
    }

    @Test
    void anAlignmentLoopWrittenOutsideEmeraldDoesNotBreakTheRead() {
        twoObjectives("90", "10", NOW);
        when(links.targetsOf(anyCollection(), eq(IssueLinks.Kind.ALIGNMENT))).thenReturn(Map.of(103L, List.of(101L), 101L, List.of(103L)));

        OkrProgressView view = reports.okrProgress(null);

        assertThat(view.objectives()).hasSize(2);
        // one of the two links closes the loop and is left out; the other still counts
        assertThat(List.of(objective(view, "OKR-1").percent(), objective(view, "OKR-3").percent()))
                .containsAnyOf(50, 90).doesNotContain(0);
        assertThat(reports.alignmentTree(null, false).roots()).hasSize(1);
    }

    @Test
    void theAlignmentTreeNestsChildrenUnderTheirParent() {
        twoObjectives("90", "10", NOW);
        when(links.targetsOf(anyCollection(), eq(IssueLinks.Kind.ALIGNMENT))).thenReturn(Map.of(103L, List.of(101L)));

        AlignmentTreeView tree = reports.alignmentTree(null, false);

        assertThat(tree.alignmentRollup()).isTrue();
        assertThat(tree.roots()).extracting(n -> n.objective().issueKey()).containsExactly("OKR-1");
        assertThat(tree.roots().get(0).children()).extracting(n -> n.objective().issueKey()).containsExactly("OKR-3");
        assertThat(tree.roots().get(0).objective().percent()).isEqualTo(50);
    }

    @Test
    void aTeamsCadenceDecidesWhenItsKeyResultsGoStale() {
        twoObjectives("90", "90", NOW.minus(java.time.Duration.ofDays(10)));
        assertThat(objective(reports.okrProgress(null), "OKR-1").keyResults().get(0).status()).isEqualTo("STALE");

        settings.save(new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.JANUARY, CheckInCadence.WEEKLY, Map.of("OKR", CheckInCadence.BIWEEKLY), true, ZoneOffset.UTC), "admin");
        assertThat(objective(reports.okrProgress(null), "OKR-1").keyResults().get(0).status()).isEqualTo("ON_TRACK");
    }

    @Test
    void thePlanLintJudgesTheDefinedKpis() {
        twoObjectives("90", "10", NOW);
        KpiDefinition dated = new KpiDefinition("Reduce churn to 3%", "%", KpiDirection.LOWER_IS_BETTER, new BigDecimal("3"),
                null, null, KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.CUSTOMER, IndicatorTiming.LAGGING,
                LocalDate.of(2026, 12, 31));
        KpiDefinition healthy = new KpiDefinition("Support resolution time", "h", KpiDirection.LOWER_IS_BETTER, new BigDecimal("6"),
                null, null, KpiThresholds.DEFAULTS, Cadence.WEEKLY, KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null);
        when(kpis.list(eq("OKR"), eq(false))).thenReturn(List.of(new KpiRecord(1, new KpiDraft(dated, "", null, "OKR"), false, 1),
                new KpiRecord(2, new KpiDraft(healthy, "", null, "OKR"), false, 1)));

        List<String> findings = reports.okrPlan("OKR", null, true).findings().stream()
                .map(f -> f.ruleId() + ":" + f.subject()).toList();

        assertThat(findings).contains("kpi-is-okr:Reduce churn to 3%").doesNotContain("kpi-is-okr:Support resolution time");
    }

    @Test
    void gadgetPagesRankAllObjectivesButReadKeyResultsOfThePageOnly() {
        givenTwoObjectivesInQ4OneAt90AndOneAt5();

        OkrProgressView first = reports.okrProgress(null, null, false, new PageWindow(0, 1));
        OkrProgressView second = reports.okrProgress(null, null, false, new PageWindow(1, 1));
        OkrProgressView beyond = reports.okrProgress(null, null, false, new PageWindow(5, 1));

        assertThat(first.objectives()).extracting(ObjectiveView::issueKey).containsExactly("OKR-3");
        assertThat(first.total()).isEqualTo(2);
        assertThat(second.objectives()).extracting(ObjectiveView::issueKey).containsExactly("OKR-1");
        assertThat(second.objectives().get(0).keyResults()).extracting(KeyResultView::issueKey).containsExactly("OKR-2");
        assertThat(second.start()).isEqualTo(1);
        assertThat(beyond.objectives()).isEmpty();
        assertThat(beyond.total()).isEqualTo(2);
        // per read: every objective once, then only the key results of its page (102 on OKR-1's page)
        verify(issues, times(3)).findVisibleDetailsByIds(List.of(101L, 103L));
        verify(issues).findVisibleDetailsByIds(List.of(102L));
    }

    @Test
    void gadgetWithoutAnActiveCycleIsEmpty() {
        when(store.listCycles()).thenReturn(List.of());
        assertThat(reports.okrProgress(null)).isEqualTo(new OkrProgressView(null, List.of()));
    }

    @Test
    void createCycleChecksDatesZoneAndState() {
        assertThatThrownBy(() -> cycles.createCycle(new NewCycle(" ", "2026-13-01", "2026-01-01", "Mars/Base", "OPEN")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "start", "timeZone", "state"));
        assertThatThrownBy(() -> cycles.createCycle(new NewCycle("Q", "2026-12-01", "2026-01-01", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("end"));
        verify(store, never()).createCycle(any(), any(), any(), any(), any());
    }

    // ---- ISSUE_COMPLETION key results, linking on creation and undoing it ----

    private static final KeyResultTarget COMPLETION =
            new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, "%");

    @Test
    void createObjectiveAcceptsAnIssueCompletionKeyResultMeasuredFromZeroToOne() {
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(
                kr("OKR-2", "ISSUE_COMPLETION", null, null), kr("OKR-3", "issue_completion", "0", "1")));

        objectives.createObjective(request);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<KeyResultRecord>> krs = ArgumentCaptor.forClass(List.class);
        verify(store).createObjective(eq(new ObjectiveRecord(101, 7, Commitment.COMMITTED)), krs.capture());
        assertThat(krs.getValue()).extracting(KeyResultRecord::target).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(KeyResultKind.ISSUE_COMPLETION);
            assertThat(t.start()).isEqualByComparingTo("0");
            assertThat(t.target()).isEqualByComparingTo("1");
        });
    }

    @Test
    void anIssueCompletionKeyResultWithItsOwnRangeIsRejected() {
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(kr("OKR-2", "ISSUE_COMPLETION", "0", "5")));

        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("keyResults[0].target");
                    assertThat(e.errors().get(0).message()).isEqualTo("ISSUE_COMPLETION key results measure the done share "
                            + "of their epics from 0 to 1; leave start and target out.");
                });
        // a start other than 0 is refused the same way
        NewObjective fromTen = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(kr("OKR-2", "ISSUE_COMPLETION", "10", null)));
        assertThatThrownBy(() -> objectives.createObjective(fromTen))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("keyResults[0].target"));
        verify(links, never()).link(anyLong(), anyLong(), any());
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void createObjectiveLinksTheObjectiveToEachKeyResultBeforeStoring() {
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("OKR-3", "ISSUE_COMPLETION", null, null)));

        objectives.createObjective(request);

        InOrder order = inOrder(links, store);
        order.verify(links).link(101, 102, Kind.KEY_RESULT);
        order.verify(links).link(101, 103, Kind.KEY_RESULT);
        order.verify(store).createObjective(any(), any());
        verify(links, times(2)).link(anyLong(), anyLong(), any());
        verify(links, never()).unlink(anyLong(), anyLong(), any());
    }

    @Test
    void withoutLinkPermissionOnTheObjectiveCreationIsForbiddenAndWritesNothing() {
        when(links.mayLink(101)).thenReturn(false);
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(kr("OKR-2", "INCREASE_TO", "0", "10")));

        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo("You do not have permission to link issues in the project of OKR-1.");
                });
        verify(links).mayLink(101);
        verify(links, never()).link(anyLong(), anyLong(), any());
        verify(links, never()).unlink(anyLong(), anyLong(), any());
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void aRegistrationThatLosesTheRaceAtInsertConflictsAndKeepsOnlyTheWinnersLinks() {
        // both key results passed the check; at insert a concurrent registration had taken OKR-3 under the same
        // objective (its link is the winner's now) and nothing of this call was written
        doThrow(new IssuesAlreadyRegisteredException(Set.of(103L), new IllegalStateException("unique key")))
                .when(store).createObjective(any(), any());
        when(store.findKeyResult(102)).thenReturn(Optional.empty());
        when(store.findKeyResult(103)).thenReturn(Optional.of(new KeyResultRecord(103, 101, 7,
                new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, null), BigDecimal.ONE,
                Optional.empty())));
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("OKR-3", "ISSUE_COMPLETION", null, null)));

        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("keyResults[1].issueKey");
                    assertThat(e.getMessage()).isEqualTo("Issue OKR-3 already is an objective or a key result.");
                });
        verify(links).unlink(101, 102, Kind.KEY_RESULT);
        verify(links, never()).unlink(101, 103, Kind.KEY_RESULT);
    }

    @Test
    void whenStoringFailsTheLinksOfThisCallAreRemovedAndTheStepIsNamed() {
        RuntimeException diskFull = new IllegalStateException("disk full");
        doThrow(diskFull).when(store).createObjective(any(), any());
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("OKR-3", "ISSUE_COMPLETION", null, null)));

        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOfSatisfying(StepFailedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Nothing was saved: the step \"storing objective OKR-1 and its key "
                            + "results\" failed (an unexpected error; the server log has the details). Whatever earlier steps "
                            + "had created was removed.");
                    assertThat(e.getCause()).isSameAs(diskFull);
                    assertThat(e.refused()).isFalse();
                });
        verify(links).link(101, 102, Kind.KEY_RESULT);
        verify(links).link(101, 103, Kind.KEY_RESULT);
        verify(links).unlink(101, 102, Kind.KEY_RESULT);
        verify(links).unlink(101, 103, Kind.KEY_RESULT);
        verify(links, times(2)).unlink(anyLong(), anyLong(), any());
    }

    @Test
    void anExistingKeyResultLinkIsNeitherCreatedAgainNorRemovedOnFailure() {
        when(links.exists(101, 102, Kind.KEY_RESULT)).thenReturn(true);
        doThrow(new IllegalStateException("disk full")).when(store).createObjective(any(), any());
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("OKR-3", "INCREASE_TO", "0", "10")));

        assertThatThrownBy(() -> objectives.createObjective(request)).isInstanceOf(StepFailedException.class);

        verify(links, never()).link(101, 102, Kind.KEY_RESULT);
        verify(links).link(101, 103, Kind.KEY_RESULT);
        verify(links, never()).unlink(101, 102, Kind.KEY_RESULT);
        verify(links).unlink(101, 103, Kind.KEY_RESULT);
        verify(links, times(1)).unlink(anyLong(), anyLong(), any());
    }

    @Test
    void whenALinkFailsTheEarlierLinksAreRemovedAndNothingIsStored() {
        doThrow(new IllegalStateException("link type missing")).when(links).link(101, 103, Kind.KEY_RESULT);
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("OKR-3", "INCREASE_TO", "0", "10")));

        assertThatThrownBy(() -> objectives.createObjective(request))
                .isInstanceOf(StepFailedException.class)
                .hasMessageContaining("\"linking OKR-1 to key result OKR-3\"")
                .hasMessageNotContaining("link type missing");

        verify(links).unlink(101, 102, Kind.KEY_RESULT);
        verify(links, never()).unlink(101, 103, Kind.KEY_RESULT);
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void cycleProgressMeasuresIssueCompletionKeyResultsFromTheirEpicsInOneBatch() {
        Map<Long, IssueSummary> visible = new HashMap<>();
        ISSUES.values().forEach(s -> visible.put(s.id(), s));
        visible.put(104L, new IssueSummary(104, "OKR-4", "Docs complete"));
        visible.put(105L, new IssueSummary(105, "OKR-5", "Latency down"));
        visible.put(210L, new IssueSummary(210, "DEV-10", "Onboarding wizard"));
        visible.put(211L, new IssueSummary(211, "DEV-11", "Docs site"));
        visibleAre(visible.values());
        when(store.listCycles()).thenReturn(List.of(Q4));
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(
                new ObjectiveRecord(101, 7, Commitment.COMMITTED), new ObjectiveRecord(103, 7, Commitment.COMMITTED)));
        KeyResultTarget hundred = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "");
        when(store.findKeyResultsInCycle(7)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, COMPLETION, BigDecimal.ONE, Optional.empty()),
                new KeyResultRecord(105, 101, 7, hundred, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("50"), 7, "", "u"))),
                new KeyResultRecord(104, 103, 7, COMPLETION, BigDecimal.ONE, Optional.empty())));
        // OKR-2 <- DEV-10 (3 of 4 done), OKR-4 <- DEV-11 (1 of 2 done); the checked-in OKR-5 also has an epic
        when(links.sourcesOf(anyCollection(), eq(Kind.CONTRIBUTES))).thenAnswer(i -> {
            Collection<Long> krs = i.getArgument(0);
            Map<Long, List<Long>> all = Map.of(102L, List.of(210L), 104L, List.of(211L), 105L, List.of(212L));
            return all.entrySet().stream().filter(e -> krs.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        });
        when(work.settings()).thenReturn(EpicWork.Settings.DEFAULT);
        when(work.workUnder(anyCollection())).thenReturn(Map.of(
                210L, List.of(new WorkItem("DEV-10", false, null), new WorkItem("DEV-31", true, null),
                        new WorkItem("DEV-32", true, null), new WorkItem("DEV-33", true, null)),
                211L, List.of(new WorkItem("DEV-11", false, null), new WorkItem("DEV-41", true, null))));

        OkrProgressView view = reports.okrProgress(null);

        Map<String, ObjectiveView> byKey = view.objectives().stream()
                .collect(Collectors.toMap(ObjectiveView::issueKey, o -> o));
        KeyResultView measured = byKey.get("OKR-1").keyResults().stream()
                .filter(k -> k.issueKey().equals("OKR-2")).findFirst().orElseThrow();
        assertThat(measured.current()).isEqualByComparingTo("0.75");
        assertThat(measured.progress()).isEqualByComparingTo("0.75");
        assertThat(measured.percent()).isEqualTo(75);
        assertThat(measured.completion().percent()).isEqualTo(75);
        assertThat(measured.completion().epics()).extracting(WorkCompletionView.EpicView::issueKey).containsExactly("DEV-10");
        // a checked-in key result keeps its check-in and, in a list read, gets no completion
        KeyResultView checkedIn = byKey.get("OKR-1").keyResults().stream()
                .filter(k -> k.issueKey().equals("OKR-5")).findFirst().orElseThrow();
        assertThat(checkedIn.percent()).isEqualTo(50);
        assertThat(checkedIn.completion()).isNull();
        // OKR-3's only key result is measured at 1 of 2 done
        assertThat(byKey.get("OKR-3").percent()).isEqualTo(50);
        assertThat(byKey.get("OKR-3").keyResults()).singleElement()
                .satisfies(k -> assertThat(k.percent()).isEqualTo(50));

        // one link read and one work read for the whole cycle, only for ISSUE_COMPLETION key results
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(links, times(1)).sourcesOf(asked.capture(), eq(Kind.CONTRIBUTES));
        assertThat(asked.getValue()).containsExactlyInAnyOrder(102L, 104L);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> epics = ArgumentCaptor.forClass(Collection.class);
        verify(work, times(1)).workUnder(epics.capture());
        assertThat(epics.getValue()).containsExactlyInAnyOrder(210L, 211L);
    }

    // --- editing a key result keeps what the edit leaves out

    private static final KeyResultTarget MS_10_TO_50 =
            new KeyResultTarget(KeyResultKind.INCREASE_TO, new BigDecimal("10"), new BigDecimal("50"), "ms");

    /** OKR-2 (102) is the only key result of objective OKR-1 (101), at version 3 with weight 2. */
    private KeyResultRecord storedKeyResult(KeyResultTarget target) {
        KeyResultRecord kr = new KeyResultRecord(102, 101, 7, target, new BigDecimal("2"), Optional.empty(), 3);
        when(store.findKeyResult(102)).thenReturn(Optional.of(kr));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsOfObjective(101)).thenReturn(List.of(kr));
        return kr;
    }

    private KeyResultTarget storedTarget() {
        ArgumentCaptor<KeyResultTarget> target = ArgumentCaptor.forClass(KeyResultTarget.class);
        verify(store).updateKeyResult(eq(102L), eq(3), target.capture(), eq(new BigDecimal("2")), eq("jdoe"));
        return target.getValue();
    }

    @Test
    void anEditOfOnlyTheTargetKeepsUnitKindStartAndWeight() {
        storedKeyResult(MS_10_TO_50);

        keyResults.updateKeyResult("OKR-2", new UpdateKeyResult(null, null, new BigDecimal("80"), null, null, null, 3));

        assertThat(storedTarget()).isEqualTo(
                new KeyResultTarget(KeyResultKind.INCREASE_TO, new BigDecimal("10"), new BigDecimal("80"), "ms"));
    }

    @Test
    void anEditOfABandsTargetKeepsItsUpperEdgeAndAnotherKindDropsIt() {
        KeyResultTarget band = new KeyResultTarget(KeyResultKind.STAY_WITHIN, new BigDecimal("5"), new BigDecimal("5"),
                new BigDecimal("15"), "%");
        storedKeyResult(band);

        keyResults.updateKeyResult("OKR-2", new UpdateKeyResult(null, null, new BigDecimal("4"), null, null, null, 3));
        assertThat(storedTarget().upper()).isEqualByComparingTo("15");

        org.mockito.Mockito.clearInvocations(store);
        keyResults.updateKeyResult("OKR-2", new UpdateKeyResult("STAY_ABOVE", null, null, null, null, null, 3));
        assertThat(storedTarget()).isEqualTo(new KeyResultTarget(KeyResultKind.STAY_ABOVE, new BigDecimal("5"),
                new BigDecimal("5"), null, "%"));
    }

    @Test
    void anEditIsCheckedAsAWholeWithTheStoredValuesAndWritesNothingWhenWrong() {
        storedKeyResult(MS_10_TO_50);

        assertThatThrownBy(() -> keyResults.updateKeyResult("OKR-2",
                new UpdateKeyResult(null, null, new BigDecimal("5"), null, null, new BigDecimal("-1"), 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("target", "weight"));
        assertThatThrownBy(() -> keyResults.updateKeyResult("OKR-2",
                new UpdateKeyResult(null, null, new BigDecimal("80"), null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("version"));
        verify(store, never()).updateKeyResult(anyLong(), anyInt(), any(), any(), any());
    }

    @Test
    void anEditBasedOnAStaleVersionConflictsOnTheVersionField() {
        storedKeyResult(MS_10_TO_50);
        when(store.updateKeyResult(anyLong(), anyInt(), any(), any(), any()))
                .thenThrow(new com.emeraldokr.api.error.StaleVersionException("version", "stale"));

        assertThatThrownBy(() -> keyResults.updateKeyResult("OKR-2",
                new UpdateKeyResult(null, null, new BigDecimal("80"), null, null, null, 2)))
                .isInstanceOfSatisfying(com.emeraldokr.api.error.StaleVersionException.class,
                        e -> assertThat(e.field()).isEqualTo("version"));
    }

    // --- deleting an objective from Emerald

    private void objectiveOkr1WithKeyResults(long... keyResultIds) {
        when(issues.findVisibleDetails("OKR-1")).thenReturn(Optional.of(
                new IssueDetails(ISSUES.get("OKR-1"), "OKR", IssueRole.OBJECTIVE)));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, BigDecimal.TEN, "");
        when(store.findKeyResultsOfObjective(101)).thenReturn(java.util.Arrays.stream(keyResultIds)
                .mapToObj(id -> new KeyResultRecord(id, 101, 7, target, BigDecimal.ONE, Optional.empty())).toList());
        when(links.unlink(anyLong(), anyLong(), any())).thenReturn(true);
        when(store.deleteObjective(101)).thenReturn(true);
    }

    @Test
    void deletingAnObjectiveRemovesItsKeyResultLinksThenItsRows() {
        objectiveOkr1WithKeyResults(102, 103);

        objectives.deleteObjective("okr-1");

        InOrder order = inOrder(links, store);
        order.verify(links).unlink(101, 102, Kind.KEY_RESULT);
        order.verify(links).unlink(101, 103, Kind.KEY_RESULT);
        order.verify(store).deleteObjective(101);
        verify(links, never()).link(anyLong(), anyLong(), any());
    }

    @Test
    void withoutEditPermissionOnTheObjectiveNothingIsRemoved() {
        objectiveOkr1WithKeyResults(102);
        when(issues.mayEdit(101)).thenReturn(false);

        assertThatThrownBy(() -> objectives.deleteObjective("OKR-1"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("OKR-1");
        verify(links, never()).unlink(anyLong(), anyLong(), any());
        verify(store, never()).deleteObjective(anyLong());
    }

    @Test
    void whenTheRowsCannotBeRemovedTheLinksArePutBack() {
        objectiveOkr1WithKeyResults(102, 103);
        when(store.deleteObjective(101)).thenThrow(new IllegalStateException("database gone"));

        assertThatThrownBy(() -> objectives.deleteObjective("OKR-1"))
                .isInstanceOf(StepFailedException.class).hasMessageNotContaining("database gone")
                .hasMessageContaining("the server log has the details");
        verify(links).link(101, 102, Kind.KEY_RESULT);
        verify(links).link(101, 103, Kind.KEY_RESULT);
    }

    @Test
    void anIssueThatIsNoObjectiveCannotBeDeleted() {
        when(issues.findVisibleDetails("OKR-2")).thenReturn(Optional.of(
                new IssueDetails(ISSUES.get("OKR-2"), "OKR", IssueRole.KEY_RESULT)));

        assertThatThrownBy(() -> objectives.deleteObjective("OKR-2")).isInstanceOf(NotFoundException.class);
        verify(store, never()).deleteObjective(anyLong());
    }

    // --- owners and "my key results"

    @Test
    void viewsCarryTeamAndOwnerAndMyKeyResultsAreThoseAssignedToMe() {
        when(store.listCycles()).thenReturn(List.of(Q4));
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(new ObjectiveRecord(101, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsInCycle(7)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, MS_10_TO_50, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("30"), 6, "", "jdoe"))),
                new KeyResultRecord(103, 101, 7, MS_10_TO_50, BigDecimal.ONE, Optional.empty())));

        var mine = keyResults.mine(null);

        assertThat(mine.cycle().id()).isEqualTo(7);
        assertThat(mine.keyResults()).singleElement().satisfies(item -> {
            assertThat(item.objectiveKey()).isEqualTo("OKR-1");
            assertThat(item.objectiveSummary()).isEqualTo("Delight developers");
            assertThat(item.keyResult().issueKey()).isEqualTo("OKR-2");
            assertThat(item.keyResult().ownerName()).isEqualTo("Jane Doe");
            assertThat(item.keyResult().team()).isEqualTo("OKR");
            assertThat(item.keyResult().confidence()).isEqualTo(6);
            assertThat(item.keyResult().lastCheckInAt()).isEqualTo(NOW.toString());
        });
        ObjectiveView objective = reports.okrProgress(7L).objectives().get(0);
        assertThat(objective.ownerKey()).as("OKR-1 is unassigned").isNull();
        assertThat(objective.keyResults()).extracting(KeyResultView::ownerKey).containsExactly("jdoe", "rroe");
        // the owners come with the visibility check, none per issue: one directory call for "mine", two for
        // the progress page (every objective, then the page's key results and linked issues)
        verify(issues, times(3)).findVisibleDetailsByIds(anyCollection());
        verify(issues, never()).findVisibleByKey(any());
    }

    @Test
    void myKeyResultsWithoutACurrentCycleAreNone() {
        when(store.listCycles()).thenReturn(List.of());
        assertThat(keyResults.mine(null)).isEqualTo(new com.emeraldokr.api.view.MyKeyResultsView(null, List.of()));
        assertThatThrownBy(() -> keyResults.mine("seven")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cycleId"));
    }

    /** Cycle 7 (Q4) with objectives 101 (key result 102 at 90 of 100) and 103 (key result 104 at 5 of 100). */
    private void givenTwoObjectivesInQ4OneAt90AndOneAt5() {
        when(store.listCycles()).thenReturn(List.of(Q4));
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "");
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(
                new ObjectiveRecord(101, 7, Commitment.COMMITTED), new ObjectiveRecord(103, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsInCycle(7)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("90"), 9, "", "u"))),
                new KeyResultRecord(104, 103, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("5"), 2, "", "u")))));
    }

}
