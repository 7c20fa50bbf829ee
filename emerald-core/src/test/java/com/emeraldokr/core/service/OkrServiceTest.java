package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.i18n.BundleMessages;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueSummary;
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
import java.time.ZoneOffset;
import java.util.Collection;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
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
    private OkrService service;
    private OkrReportService reports;

    @BeforeEach
    void setUp() {
        service = new OkrService(store, issues, currentUser, new BundleMessages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC),
                links, work);
        reports = new OkrReportService(store, issues, new BundleMessages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC),
                links, work);
        when(links.mayLink(anyLong())).thenReturn(true);
        when(issues.findVisibleByKey(any())).thenAnswer(i -> Optional.ofNullable(ISSUES.get((String) i.getArgument(0))));
        when(issues.findVisibleByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return ISSUES.values().stream().filter(s -> ids.contains(s.id()))
                    .collect(Collectors.toMap(IssueSummary::id, s -> s));
        });
        when(store.findCycle(7)).thenReturn(Optional.of(Q4));
        when(store.registeredIssueIds(anyCollection())).thenReturn(Set.of());
        when(currentUser.userKey()).thenReturn(Optional.of("jdoe"));
    }

    private static NewKeyResult kr(String key, String kind, String start, String target) {
        return new NewKeyResult(key, kind, start == null ? null : new BigDecimal(start),
                target == null ? null : new BigDecimal(target), "%", null);
    }

    @Test
    void createObjectiveReportsEveryInvalidFieldAndWritesNothing() {
        NewObjective bad = new NewObjective("OKR-1", null, "SOMETIMES",
                List.of(kr("OKR-2", "SIDEWAYS", "0", null), kr("OKR-1", "INCREASE_TO", "10", "5")));

        assertThatThrownBy(() -> service.createObjective(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("commitment", "keyResults[0].kind", "keyResults[0].target",
                                "keyResults[1].issueKey", "keyResults[1].target", "cycleId"));
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void messagesNameTheProblemInWords() {
        NewObjective bad = new NewObjective("OKR-1", 7L, "committed", List.of(kr("OKR-2", "UP", "0", "1")));
        assertThatThrownBy(() -> service.createObjective(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("\"UP\" is not one of INCREASE_TO, DECREASE_TO, STAY_ABOVE, STAY_BELOW, STAY_WITHIN, MILESTONE, ISSUE_COMPLETION."));
    }

    @Test
    void unknownIssueKeysAreNotFoundAndNothingIsWritten() {
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED",
                List.of(kr("OKR-2", "INCREASE_TO", "0", "10"), kr("NOPE-9", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> service.createObjective(request))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("keyResults[1].issueKey");
                    assertThat(e.getMessage()).contains("NOPE-9");
                });
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void anUnknownCycleIsNotFound() {
        NewObjective request = new NewObjective("OKR-1", 99L, "COMMITTED", List.of(kr("OKR-2", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> service.createObjective(request)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99");
    }

    @Test
    void anIssueThatAlreadyIsAnOkrConflicts() {
        when(store.registeredIssueIds(anyCollection())).thenReturn(Set.of(102L));
        NewObjective request = new NewObjective("OKR-1", 7L, "COMMITTED", List.of(kr("OKR-2", "INCREASE_TO", "0", "10")));
        assertThatThrownBy(() -> service.createObjective(request))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("keyResults[0].issueKey"));
        verify(store, never()).createObjective(any(), any());
    }

    @Test
    void createObjectiveStoresTheObjectiveWithItsKeyResultsInTheCycle() {
        NewObjective request = new NewObjective("okr-1", 7L, "aspirational",
                List.of(kr("OKR-2", "DECREASE_TO", "800", "200"), kr("OKR-3", "INCREASE_TO", "0", "50")));
        when(store.findObjective(101)).thenReturn(Optional.of(new ObjectiveRecord(101, 7, Commitment.ASPIRATIONAL)));
        when(store.findCheckIns(anyCollection())).thenReturn(Map.of());

        service.createObjective(request);

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
        assertThatThrownBy(() -> service.recordCheckIn("OKR-2", new NewCheckIn(null, 11, "x")))
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

        KeyResultView view = service.recordCheckIn("OKR-2", new NewCheckIn(new BigDecimal("62.5"), 8, "  good week "));

        verify(store).recordCheckIn(102, expected);
        assertThat(view.percent()).isEqualTo(63);
        assertThat(view.progress()).isEqualByComparingTo("0.625");
        assertThat(view.current()).isEqualByComparingTo("62.5");
        assertThat(view.checkIns()).hasSize(1);
    }

    @Test
    void gadgetShowsTheCurrentCycleSortedWorstFirst() {
        when(store.listCycles()).thenReturn(List.of(Q4));
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "");
        when(store.findObjectivesInCycle(7)).thenReturn(List.of(
                new ObjectiveRecord(101, 7, Commitment.COMMITTED), new ObjectiveRecord(103, 7, Commitment.COMMITTED)));
        when(store.findKeyResultsInCycle(7)).thenReturn(List.of(
                new KeyResultRecord(102, 101, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("90"), 9, "", "u"))),
                new KeyResultRecord(104, 103, 7, target, BigDecimal.ONE,
                        Optional.of(new CheckIn(NOW, new BigDecimal("5"), 2, "", "u")))));

        OkrProgressView view = reports.okrProgress(null);

        assertThat(view.cycle().name()).isEqualTo("2026 Q4");
        assertThat(view.objectives()).extracting(ObjectiveView::issueKey).containsExactly("OKR-3", "OKR-1");
        assertThat(view.objectives().get(0).status()).isEqualTo("OFF_TRACK");
        // OKR-1's key result (issue 102) is visible; 104 is not a known issue, so it is not listed
        assertThat(view.objectives().get(1).keyResults()).extracting(KeyResultView::issueKey).containsExactly("OKR-2");
        assertThat(view.objectives().get(0).keyResults()).isEmpty();
        assertThat(view.objectives().get(0).percent()).isEqualTo(5);
    }

    @Test
    void gadgetWithoutAnActiveCycleIsEmpty() {
        when(store.listCycles()).thenReturn(List.of());
        assertThat(reports.okrProgress(null)).isEqualTo(new OkrProgressView(null, List.of()));
    }

    @Test
    void createCycleChecksDatesZoneAndState() {
        assertThatThrownBy(() -> service.createCycle(new NewCycle(" ", "2026-13-01", "2026-01-01", "Mars/Base", "OPEN")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "start", "timeZone", "state"));
        assertThatThrownBy(() -> service.createCycle(new NewCycle("Q", "2026-12-01", "2026-01-01", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("end"));
        verify(store, never()).createCycle(any(), any(), any(), any(), any());
    }
}
