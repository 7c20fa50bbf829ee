package com.emeraldokr.core.service.objective;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.StepFailedException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.api.request.SummaryChange;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssueWriteException;
import com.emeraldokr.core.port.IssueWriter;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Creating OKRs as issues: all or nothing, and the failed step named. */
class OkrCreationServiceTest {

    private static final Cycle Q4 = new Cycle(7, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
            ZoneOffset.UTC, CycleState.ACTIVE);

    private final ObjectiveService objectives = mock(ObjectiveService.class);
    private final KeyResultService keyResults = mock(KeyResultService.class);
    private final OkrStore store = mock(OkrStore.class);
    private final IssueWriter writer = mock(IssueWriter.class);
    private final Permissions permissions = mock(Permissions.class);
    private final OkrCreationService service = new OkrCreationService(objectives, keyResults, store, writer, permissions,
            new BundleMessages(Locale.ENGLISH));
    private final AtomicLong nextId = new AtomicLong(100);

    private static NewOkr request(String firstKeyResultKind) {
        return new NewOkr("grow", 7L, "COMMITTED", " Teams onboard themselves ", "Why", List.of(
                new NewOkr.KeyResult("Teams self-serve", firstKeyResultKind, BigDecimal.ZERO, BigDecimal.TEN, null, "teams", null),
                new NewOkr.KeyResult("Ship the epics", "ISSUE_COMPLETION", null, null, null, null, null)));
    }

    @BeforeEach
    void fakeJira() {
        when(store.findCycle(7)).thenReturn(Optional.of(Q4));
        when(permissions.browsesProject("GROW")).thenReturn(true);
        when(permissions.createsIssues("GROW")).thenReturn(true);
        when(writer.create(anyString(), any(), anyString(), anyString())).thenAnswer(i -> {
            long id = nextId.getAndIncrement();
            return new IssueSummary(id, "GROW-" + id, i.getArgument(2));
        });
    }

    @Test
    void createsTheObjectiveThenEachKeyResultThenRegistersThemByKey() {
        ObjectiveView view = mock(ObjectiveView.class);
        when(objectives.createObjective(any())).thenReturn(view);

        assertThat(service.create(request("INCREASE_TO"))).isSameAs(view);

        InOrder order = inOrder(writer, objectives);
        order.verify(writer).create("GROW", IssueRole.OBJECTIVE, "Teams onboard themselves", "Why");
        order.verify(writer).create("GROW", IssueRole.KEY_RESULT, "Teams self-serve", "");
        order.verify(writer).create("GROW", IssueRole.KEY_RESULT, "Ship the epics", "");
        order.verify(objectives).createObjective(new NewObjective("GROW-100", 7L, "COMMITTED", List.of(
                new NewKeyResult("GROW-101", "INCREASE_TO", BigDecimal.ZERO, BigDecimal.TEN, null, "teams", null),
                new NewKeyResult("GROW-102", "ISSUE_COMPLETION", null, null, null, null, null))));
        verify(writer, never()).delete(anyLong());
    }

    @Test
    void whenJiraRefusesTheSecondKeyResultTheIssuesCreatedSoFarAreDeletedNewestFirst() {
        when(writer.create(eq("GROW"), eq(IssueRole.KEY_RESULT), eq("Ship the epics"), anyString()))
                .thenThrow(new IssueWriteException("Summary: you cannot create issues of this type"));

        assertThatThrownBy(() -> service.create(request("INCREASE_TO")))
                .isInstanceOfSatisfying(StepFailedException.class, e -> {
                    assertThat(e.refused()).isTrue();
                    assertThat(e.getMessage()).contains("creating key result issue 2 (\"Ship the epics\")")
                            .contains("you cannot create issues of this type");
                });
        InOrder undo = inOrder(writer);
        undo.verify(writer).delete(101);
        undo.verify(writer).delete(100);
        verify(objectives, never()).createObjective(any());
    }

    @Test
    void whenRegisteringFailsEveryNewIssueIsDeletedAndAFailedUndoIsKept() {
        IllegalStateException storeDown = new IllegalStateException("database unavailable");
        when(objectives.createObjective(any())).thenThrow(storeDown);
        doThrow(new IssueWriteException("GROW-101 is locked")).when(writer).delete(101);

        assertThatThrownBy(() -> service.create(request("INCREASE_TO")))
                .isInstanceOfSatisfying(StepFailedException.class, e -> {
                    assertThat(e.refused()).as("a broken system, not a refusal").isFalse();
                    assertThat(e.getMessage()).contains("storing objective GROW-100").doesNotContain("database unavailable");
                    assertThat(e.getCause()).isSameAs(storeDown);
                    assertThat(storeDown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("GROW-101 is locked");
                });
        verify(writer).delete(102);
        verify(writer).delete(101);
        verify(writer).delete(100);
    }

    @Test
    void anInvalidRequestCreatesNoIssueAndReportsEveryProblem() {
        NewOkr bad = new NewOkr("grow-1", 7L, "SOMETIMES", "line one\nline two", null, List.of(
                new NewOkr.KeyResult("", "INCREASE_TO", BigDecimal.TEN, BigDecimal.ONE, null, null, null)));

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "projectKey", "summary", "commitment", "keyResults[0].summary", "keyResults[0].target"));
        verify(writer, never()).create(anyString(), any(), anyString(), anyString());
    }

    @Test
    void anUnknownCycleCreatesNoIssue() {
        assertThatThrownBy(() -> service.create(new NewOkr("GROW", 8L, "COMMITTED", "Fine", null, request("INCREASE_TO").keyResults())))
                .isInstanceOf(NotFoundException.class);
        verify(writer, never()).create(anyString(), any(), anyString(), anyString());
    }

    @Test
    void renamingGoesThroughTheIssueServiceAndItsRefusalIsAFieldError() {
        ObjectiveView objective = mock(ObjectiveView.class);
        when(objective.issueId()).thenReturn(100L);
        when(objective.issueKey()).thenReturn("GROW-100");
        when(objectives.objective("grow-100")).thenReturn(objective);
        when(objectives.objective("GROW-100")).thenReturn(objective);

        service.renameObjective("grow-100", new SummaryChange("  Teams onboard on their own "));
        verify(writer).updateSummary(100, "Teams onboard on their own");

        doThrow(new IssueWriteException("You do not have permission to edit issues in this project."))
                .when(writer).updateSummary(eq(100L), eq("Again"));
        assertThatThrownBy(() -> service.renameObjective("grow-100", new SummaryChange("Again")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.message()).contains("permission to edit")));
        assertThatThrownBy(() -> service.renameObjective("grow-100", new SummaryChange("")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void renamingAnIssueTheUserMayNotEditIsRefusedBeforeTheIssueService() {
        KeyResultView kr = mock(KeyResultView.class);
        when(kr.issueId()).thenReturn(101L);
        when(kr.issueKey()).thenReturn("GROW-101");
        when(keyResults.keyResult("GROW-101")).thenReturn(kr);
        doThrow(new ForbiddenException("issueKey", "You may not edit GROW-101."))
                .when(objectives).requireMayEdit(101L, "GROW-101");

        assertThatThrownBy(() -> service.renameKeyResult("GROW-101", new SummaryChange("Renamed")))
                .isInstanceOf(ForbiddenException.class);
        verify(writer, never()).updateSummary(anyLong(), anyString());
    }

    @Test
    void aUserWhoMayNotCreateIssuesInTheProjectGets403AndNothingIsCreated() {
        when(permissions.createsIssues("GROW")).thenReturn(false);

        assertThatThrownBy(() -> service.create(request("INCREASE_TO")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("GROW");
        verify(writer, never()).create(anyString(), any(), anyString(), anyString());
    }

    @Test
    void aProjectTheUserCannotSeeIsLeftToTheIssueStepAsIfItDidNotExist() {
        when(permissions.browsesProject("GROW")).thenReturn(false);
        when(permissions.createsIssues("GROW")).thenReturn(false);
        doThrow(new IssueWriteException("No project GROW")).when(writer).create(eq("GROW"), any(), anyString(), anyString());

        assertThatThrownBy(() -> service.create(request("INCREASE_TO"))).isInstanceOf(StepFailedException.class)
                .hasMessageContaining("No project GROW");
    }
}
