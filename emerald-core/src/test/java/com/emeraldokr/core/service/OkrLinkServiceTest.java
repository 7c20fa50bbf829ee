package com.emeraldokr.core.service;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.view.AlignmentView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks.Kind;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.objective.ObjectiveService;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Linking epics to key results and objectives to parent objectives: each rule refuses with its own
 * status and message and then writes nothing; what is written has the right direction and kind.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class OkrLinkServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");
    private static final Cycle Q4 = new Cycle(7, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
            ZoneOffset.UTC, CycleState.ACTIVE);
    private static final KeyResultTarget COMPLETION =
            new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, "");
    private static final KeyResultTarget HUNDRED =
            new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("100"), "");

    // objectives A, B, C (A has the key results), key results, epics and a plain story
    private static final long A = 101;
    private static final long KR = 102;
    private static final long KR_CHECKED_IN = 103;
    private static final long B = 105;
    private static final long C = 106;
    private static final long NOT_A_KR = 109;
    private static final long EPIC = 210;
    private static final long EPIC_2 = 211;
    private static final long HIDDEN_EPIC = 212;
    private static final long STORY = 220;

    /** What the user may browse. HIDDEN_EPIC exists (it has work) but is not visible to this user. */
    private static final Map<String, IssueDetails> VISIBLE = byKey(
            details(A, "OKR-1", "Delight developers", IssueRole.OBJECTIVE),
            details(KR, "OKR-2", "Ship self-service", IssueRole.KEY_RESULT),
            details(KR_CHECKED_IN, "OKR-3", "Adoption up", IssueRole.KEY_RESULT),
            details(B, "OKR-5", "Grow the platform", IssueRole.OBJECTIVE),
            details(C, "OKR-6", "Company goal", IssueRole.OBJECTIVE),
            details(NOT_A_KR, "OKR-9", "Looks like a key result", IssueRole.KEY_RESULT),
            details(EPIC, "DEV-10", "Onboarding wizard", IssueRole.EPIC),
            details(EPIC_2, "DEV-11", "Templates", IssueRole.EPIC),
            details(STORY, "DEV-20", "A story", IssueRole.OTHER));

    @Mock
    private OkrStore store;
    @Mock
    private IssueDirectory issues;
    @Mock
    private IssueLinks links;
    @Mock
    private EpicWork work;
    private ObjectiveService objectives;
    private KeyResultService keyResults;

    /** Existing links, read from source to target, as the links port reports them. */
    private final Map<Kind, Map<Long, List<Long>>> existing = new HashMap<>();
    private final Map<Long, List<WorkItem>> workByEpic = new HashMap<>();

    @BeforeEach
    void setUp() {
        objectives = new ObjectiveService(store, issues, links, work, new BundleMessages(Locale.ENGLISH),
                Clock.fixed(NOW, ZoneOffset.UTC), new InMemorySettingsStore(), mock(KpiStore.class));
        keyResults = new KeyResultService(store, issues, links, work, Optional::empty, new BundleMessages(Locale.ENGLISH),
                Clock.fixed(NOW, ZoneOffset.UTC), new InMemorySettingsStore(), mock(KpiStore.class));
        when(issues.findVisibleDetails(anyString())).thenAnswer(i -> Optional.ofNullable(VISIBLE.get((String) i.getArgument(0))));
        when(issues.findVisibleByKey(anyString())).thenAnswer(i -> Optional.ofNullable(VISIBLE.get((String) i.getArgument(0)))
                .map(IssueDetails::issue));
        when(issues.findVisibleByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            Map<Long, IssueSummary> found = new HashMap<>();
            VISIBLE.values().stream().filter(d -> ids.contains(d.id())).forEach(d -> found.put(d.id(), d.issue()));
            return found;
        });
        when(issues.findVisibleDetailsByIds(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            Map<Long, IssueDetails> found = new HashMap<>();
            VISIBLE.values().stream().filter(d -> ids.contains(d.id())).forEach(d -> found.put(d.id(), d));
            return found;
        });

        when(links.mayLink(anyLong())).thenReturn(true);
        when(links.exists(anyLong(), anyLong(), any())).thenAnswer(i -> targets(i.getArgument(2), i.getArgument(0))
                .contains((Long) i.getArgument(1)));
        when(links.unlink(anyLong(), anyLong(), any())).thenAnswer(i -> targets(i.getArgument(2), i.getArgument(0))
                .contains((Long) i.getArgument(1)));
        when(links.targetsOf(anyCollection(), any())).thenAnswer(i -> {
            Collection<Long> sources = i.getArgument(0);
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            for (Long s : sources) {
                List<Long> t = targets(i.getArgument(1), s);
                if (!t.isEmpty()) {
                    out.put(s, t);
                }
            }
            return out;
        });
        when(links.sourcesOf(anyCollection(), any())).thenAnswer(i -> {
            Collection<Long> targets = i.getArgument(0);
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            existing.getOrDefault((Kind) i.getArgument(1), Map.of()).forEach((source, ts) -> ts.stream()
                    .filter(targets::contains)
                    .forEach(t -> out.computeIfAbsent(t, x -> new ArrayList<>()).add(source)));
            return out;
        });

        when(work.settings()).thenReturn(EpicWork.Settings.DEFAULT);
        when(work.workUnder(anyCollection())).thenAnswer(i -> {
            Collection<Long> epics = i.getArgument(0);
            Map<Long, List<WorkItem>> out = new HashMap<>();
            epics.stream().filter(workByEpic::containsKey).forEach(e -> out.put(e, workByEpic.get(e)));
            return out;
        });

        // objective A with an ISSUE_COMPLETION key result and a checked-in one; B and C are objectives too
        KeyResultRecord completion = new KeyResultRecord(KR, A, 7, COMPLETION, BigDecimal.ONE, Optional.empty());
        KeyResultRecord checkedIn = new KeyResultRecord(KR_CHECKED_IN, A, 7, HUNDRED, BigDecimal.ONE,
                Optional.of(new CheckIn(NOW, new BigDecimal("40"), 7, "", "u")));
        when(store.findKeyResult(KR)).thenReturn(Optional.of(completion));
        when(store.findKeyResult(KR_CHECKED_IN)).thenReturn(Optional.of(checkedIn));
        when(store.findKeyResultsOfObjective(A)).thenReturn(List.of(completion, checkedIn));
        for (long objective : List.of(A, B, C)) {
            when(store.findObjective(objective)).thenReturn(Optional.of(new ObjectiveRecord(objective, 7, Commitment.COMMITTED)));
        }
        when(store.findCycle(7)).thenReturn(Optional.of(Q4));
    }

    private static IssueDetails details(long id, String key, String summary, IssueRole role) {
        return new IssueDetails(new IssueSummary(id, key, summary), key.substring(0, key.indexOf('-')), role);
    }

    private static Map<String, IssueDetails> byKey(IssueDetails... all) {
        Map<String, IssueDetails> map = new HashMap<>();
        for (IssueDetails d : all) {
            map.put(d.key(), d);
        }
        return Map.copyOf(map);
    }

    private List<Long> targets(Kind kind, long source) {
        return existing.getOrDefault(kind, Map.of()).getOrDefault(source, List.of());
    }

    private void given(long source, long target, Kind kind) {
        existing.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(source, s -> new ArrayList<>()).add(target);
    }

    /** {@code n} child issues of an epic (the epic itself is no work), the first {@code done} of them done. */
    private static List<WorkItem> items(String epicKey, int n, int done) {
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new WorkItem(epicKey + "-child-" + i, i < done, null));
        }
        return items;
    }

    private void verifyNothingWritten() {
        verify(links, never()).link(anyLong(), anyLong(), any());
        verify(links, never()).unlink(anyLong(), anyLong(), any());
    }

    // ---- epics contributing to key results ----

    @Test
    void linkingAnEpicWritesAContributesLinkFromTheEpicToTheKeyResult() {
        KeyResultView view = keyResults.linkEpic(" okr-2 ", new LinkRequest("dev-10"));

        verify(links).mayLink(EPIC);
        verify(links).link(EPIC, KR, Kind.CONTRIBUTES);
        verify(links, times(1)).link(anyLong(), anyLong(), any());
        verify(links, never()).unlink(anyLong(), anyLong(), any());
        assertThat(view.issueKey()).isEqualTo("OKR-2");
    }

    @Test
    void onlyAnEpicCanBeLinkedToAKeyResult() {
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("DEV-20")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("issueKey");
                    assertThat(e.errors().get(0).message())
                            .isEqualTo("Issue DEV-20 is not an epic; only epics contribute to key results.");
                });
        // an objective is no epic either
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("OKR-5")))
                .isInstanceOf(ValidationException.class);
        verifyNothingWritten();
    }

    @Test
    void theKeyResultMustBeRegisteredInEmerald() {
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-9", new LinkRequest("DEV-10")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("keyResultKey");
                    assertThat(e.getMessage()).isEqualTo("Issue OKR-9 is not a key result.");
                });
        assertThatThrownBy(() -> keyResults.keyResult("OKR-9")).isInstanceOf(NotFoundException.class);
        // an epic is no key result
        assertThatThrownBy(() -> keyResults.linkEpic("DEV-11", new LinkRequest("DEV-10"))).isInstanceOf(NotFoundException.class);
        verifyNothingWritten();
    }

    @Test
    void anIssueTheUserCannotSeeIsNotFoundOnEitherEnd() {
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-404", new LinkRequest("DEV-10")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("keyResultKey");
                    assertThat(e.getMessage()).isEqualTo("Issue OKR-404 does not exist, or you do not have permission to see it.");
                });
        // DEV-12 (the hidden epic) exists but this user may not browse it: same answer as for no issue at all
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("DEV-12")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).contains("DEV-12");
                });
        assertThatThrownBy(() -> keyResults.unlinkEpic("OKR-2", "DEV-12")).isInstanceOf(NotFoundException.class);
        verifyNothingWritten();
    }

    @Test
    void withoutLinkPermissionOnTheEpicLinkingIsForbiddenAndTheMessageNamesTheEpic() {
        when(links.mayLink(EPIC)).thenReturn(false);

        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("DEV-10")))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo("You do not have permission to link issues in the project of DEV-10.");
                });
        given(EPIC, KR, Kind.CONTRIBUTES);
        assertThatThrownBy(() -> keyResults.unlinkEpic("OKR-2", "DEV-10"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("DEV-10");
        verifyNothingWritten();
    }

    @Test
    void linkingTheSameEpicTwiceConflicts() {
        given(EPIC, KR, Kind.CONTRIBUTES);

        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("DEV-10")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo("Epic DEV-10 already contributes to key result OKR-2.");
                });
        verifyNothingWritten();
    }

    @Test
    void aLinkRequestWithoutAnIssueKeyIsInvalid() {
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("  ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("issueKey"));
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest(null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("X".repeat(256))))
                .isInstanceOf(ValidationException.class);
        verifyNothingWritten();
    }

    @Test
    void unlinkingAnEpicRemovesTheContributesLink() {
        given(EPIC, KR, Kind.CONTRIBUTES);

        KeyResultView view = keyResults.unlinkEpic("OKR-2", "dev-10");

        verify(links).unlink(EPIC, KR, Kind.CONTRIBUTES);
        verify(links, never()).link(anyLong(), anyLong(), any());
        assertThat(view.issueKey()).isEqualTo("OKR-2");
    }

    @Test
    void unlinkingAnEpicThatIsNotLinkedIsNotFound() {
        assertThatThrownBy(() -> keyResults.unlinkEpic("OKR-2", "DEV-11"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo("Epic DEV-11 is not linked to key result OKR-2.");
                });
        verify(links, never()).link(anyLong(), anyLong(), any());
    }

    @Test
    void aKeyResultWhoseObjectiveTheUserCannotSeeIsAbsentAndNothingIsWritten() {
        long hiddenObjective = 999;
        when(store.findKeyResult(KR)).thenReturn(Optional.of(
                new KeyResultRecord(KR, hiddenObjective, 7, COMPLETION, BigDecimal.ONE, Optional.empty())));
        given(EPIC_2, KR, Kind.CONTRIBUTES);

        assertThatThrownBy(() -> keyResults.linkEpic("OKR-2", new LinkRequest("DEV-10"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keyResults.unlinkEpic("OKR-2", "DEV-11")).isInstanceOf(NotFoundException.class);
        verifyNothingWritten();
    }

    @Test
    void aContributionFromAnIssueThatIsNoLongerAnEpicCanStillBeRemoved() {
        given(STORY, KR, Kind.CONTRIBUTES);
        keyResults.unlinkEpic("OKR-2", "DEV-20");
        verify(links).unlink(STORY, KR, Kind.CONTRIBUTES);
    }

    // ---- completion from the linked epics ----

    @Test
    void aKeyResultReportsTheDoneShareOfItsEpicsWork() {
        given(EPIC, KR, Kind.CONTRIBUTES);
        workByEpic.put(EPIC, items("DEV-10", 4, 3));

        KeyResultView view = keyResults.keyResult("OKR-2");

        assertThat(view.kind()).isEqualTo("ISSUE_COMPLETION");
        assertThat(view.current()).isEqualByComparingTo("0.75");
        assertThat(view.progress()).isEqualByComparingTo("0.75");
        assertThat(view.percent()).isEqualTo(75);
        WorkCompletionView completion = view.completion();
        assertThat(completion).isNotNull();
        assertThat(completion.measure()).isEqualTo("ISSUE_COUNT");
        assertThat(completion.done()).isEqualByComparingTo("3");
        assertThat(completion.total()).isEqualByComparingTo("4");
        assertThat(completion.percent()).isEqualTo(75);
        assertThat(completion.issues()).isEqualTo(4);
        assertThat(completion.epics()).singleElement().satisfies(epic -> {
            assertThat(epic.issueKey()).isEqualTo("DEV-10");
            assertThat(epic.summary()).isEqualTo("Onboarding wizard");
            assertThat(epic.percent()).isEqualTo(75);
            assertThat(epic.issues()).isEqualTo(4);
        });
    }

    @Test
    void totalsCountEveryLinkedEpicButOnlyVisibleEpicsAreListed() {
        given(EPIC, KR, Kind.CONTRIBUTES);
        given(HIDDEN_EPIC, KR, Kind.CONTRIBUTES);
        workByEpic.put(EPIC, items("DEV-10", 4, 3));
        workByEpic.put(HIDDEN_EPIC, items("DEV-12", 4, 1));

        KeyResultView view = keyResults.keyResult("OKR-2");

        // 3 + 1 done of 4 + 4: the hidden epic counts towards progress
        assertThat(view.completion().done()).isEqualByComparingTo("4");
        assertThat(view.completion().total()).isEqualByComparingTo("8");
        assertThat(view.completion().issues()).isEqualTo(8);
        assertThat(view.completion().percent()).isEqualTo(50);
        assertThat(view.percent()).isEqualTo(50);
        // but it is not listed, not even by key
        assertThat(view.completion().epics()).extracting(WorkCompletionView.EpicView::issueKey).containsExactly("DEV-10");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(work, times(1)).workUnder(asked.capture());
        assertThat(asked.getValue()).containsExactlyInAnyOrder(EPIC, HIDDEN_EPIC);
    }

    @Test
    void readingOneObjectiveListsEpicsOfACheckedInKeyResultWithoutChangingItsProgress() {
        given(EPIC_2, KR_CHECKED_IN, Kind.CONTRIBUTES);
        workByEpic.put(EPIC_2, items("DEV-11", 2, 2));

        KeyResultView view = keyResults.keyResult("OKR-3");

        assertThat(view.current()).isEqualByComparingTo("40");
        assertThat(view.percent()).isEqualTo(40);
        assertThat(view.completion().percent()).isEqualTo(100);
        assertThat(view.completion().epics()).extracting(WorkCompletionView.EpicView::issueKey).containsExactly("DEV-11");
    }

    @Test
    void aKeyResultWithoutLinkedEpicsHasNoCompletionAndIsNotMeasured() {
        KeyResultView view = keyResults.keyResult("OKR-2");

        assertThat(view.completion()).isNull();
        assertThat(view.current()).isEqualByComparingTo("0");
        verify(work, never()).workUnder(anyCollection());
    }

    // ---- objectives aligning to parent objectives ----

    @Test
    void aligningWritesAnAlignmentLinkFromTheChildToTheParent() {
        AlignmentView view = objectives.align("okr-1", new LinkRequest("OKR-5"));

        assertThat(view).isEqualTo(new AlignmentView("OKR-1", "OKR-5"));
        verify(links).mayLink(A);
        verify(links).link(A, B, Kind.ALIGNMENT);
        verify(links, times(1)).link(anyLong(), anyLong(), any());
        verify(links, never()).unlink(anyLong(), anyLong(), any());
    }

    @Test
    void anObjectiveCannotAlignToItself() {
        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest(" okr-1 ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("issueKey");
                    assertThat(e.errors().get(0).message()).isEqualTo("An objective cannot align to itself.");
                });
        verifyNothingWritten();
    }

    @Test
    void aligningBackToOwnChildIsALoop() {
        given(A, B, Kind.ALIGNMENT); // A aligns to B

        assertThatThrownBy(() -> objectives.align("OKR-5", new LinkRequest("OKR-1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo(
                            "OKR-5 cannot align to OKR-1: OKR-1 already aligns, directly or through other objectives, to OKR-5.");
                });
        verifyNothingWritten();
    }

    @Test
    void aLoopThroughTwoLevelsIsFound() {
        given(A, B, Kind.ALIGNMENT); // A -> B
        given(B, C, Kind.ALIGNMENT); // B -> C

        assertThatThrownBy(() -> objectives.align("OKR-6", new LinkRequest("OKR-1")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("OKR-6 cannot align to OKR-1");
        verifyNothingWritten();
    }

    @Test
    void aLoopIsFoundEvenWhenTheChildAlreadyHasAnotherParent() {
        given(A, B, Kind.ALIGNMENT); // A -> B
        given(C, A, Kind.ALIGNMENT); // C -> A; moving A under C would close C -> A -> C

        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest("OKR-6"))).isInstanceOf(ConflictException.class);
        verifyNothingWritten();
    }

    @Test
    void movingUpToTheGrandparentIsNoLoop() {
        given(A, B, Kind.ALIGNMENT); // A -> B
        given(B, C, Kind.ALIGNMENT); // B -> C

        // A may move up to its grandparent C: the old parent link is replaced
        AlignmentView view = objectives.align("OKR-1", new LinkRequest("OKR-6"));

        assertThat(view.parentKey()).isEqualTo("OKR-6");
        InOrder order = inOrder(links);
        order.verify(links).unlink(A, B, Kind.ALIGNMENT);
        order.verify(links).link(A, C, Kind.ALIGNMENT);
    }

    @Test
    void aSiblingIsNoLoop() {
        given(A, B, Kind.ALIGNMENT); // A -> B; C joins A under B

        assertThat(objectives.align("OKR-6", new LinkRequest("OKR-5"))).isEqualTo(new AlignmentView("OKR-6", "OKR-5"));
        verify(links).link(C, B, Kind.ALIGNMENT);
        verify(links, never()).unlink(anyLong(), anyLong(), any());
    }

    @Test
    void aligningToANewParentReplacesTheOldOne() {
        given(A, B, Kind.ALIGNMENT);

        AlignmentView view = objectives.align("OKR-1", new LinkRequest("OKR-6"));

        assertThat(view).isEqualTo(new AlignmentView("OKR-1", "OKR-6"));
        verify(links).unlink(A, B, Kind.ALIGNMENT);
        verify(links).link(A, C, Kind.ALIGNMENT);
        verify(links, times(1)).unlink(anyLong(), anyLong(), any());
        verify(links, times(1)).link(anyLong(), anyLong(), any());
    }

    @Test
    void aligningToTheSameParentAgainChangesNothing() {
        given(A, B, Kind.ALIGNMENT);

        assertThat(objectives.align("OKR-1", new LinkRequest("OKR-5"))).isEqualTo(new AlignmentView("OKR-1", "OKR-5"));
        verifyNothingWritten();
    }

    @Test
    void withoutLinkPermissionOnTheChildAligningIsForbiddenAndNamesIt() {
        given(A, B, Kind.ALIGNMENT);
        when(links.mayLink(A)).thenReturn(false);

        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest("OKR-6")))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("You do not have permission to link issues in the project of OKR-1."));
        assertThatThrownBy(() -> objectives.removeAlignment("OKR-1"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("OKR-1");
        verifyNothingWritten();
    }

    @Test
    void onlyObjectivesAlign() {
        // the parent is a key result, not an objective
        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest("OKR-2")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("issueKey");
                    assertThat(e.getMessage()).isEqualTo("Issue OKR-2 is not an objective.");
                });
        // the child is an epic
        assertThatThrownBy(() -> objectives.align("DEV-10", new LinkRequest("OKR-5")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("objectiveKey"));
        // an invisible parent
        assertThatThrownBy(() -> objectives.align("OKR-1", new LinkRequest("OKR-404")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("OKR-404"));
        verifyNothingWritten();
    }

    @Test
    void removingTheAlignmentUnlinksTheParent() {
        given(A, B, Kind.ALIGNMENT);

        assertThat(objectives.removeAlignment("OKR-1")).isEqualTo(new AlignmentView("OKR-1", null));
        verify(links).unlink(A, B, Kind.ALIGNMENT);
        verify(links, never()).link(anyLong(), anyLong(), any());
    }

    @Test
    void removingAMissingAlignmentIsNotFound() {
        assertThatThrownBy(() -> objectives.removeAlignment("OKR-1"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("objectiveKey");
                    assertThat(e.getMessage()).isEqualTo("Objective OKR-1 does not align to another objective.");
                });
        verifyNothingWritten();
    }

    @Test
    void alignmentNamesTheParentOrNone() {
        assertThat(objectives.alignment("OKR-1")).isEqualTo(new AlignmentView("OKR-1", null));
        given(A, B, Kind.ALIGNMENT);
        assertThat(objectives.alignment("okr-1")).isEqualTo(new AlignmentView("OKR-1", "OKR-5"));
        verifyNothingWritten();
    }

    // ---- what the issue-view panels read ----

    /** The batched reads the panels use, answered from the same fixture. */
    private void batchedReads() {
        KeyResultRecord completion = store.findKeyResult(KR).orElseThrow();
        KeyResultRecord checkedIn = store.findKeyResult(KR_CHECKED_IN).orElseThrow();
        when(store.listCycles()).thenReturn(List.of(Q4));
        when(store.findObjectives(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return ids.stream().filter(id -> List.of(A, B, C).contains(id))
                    .map(id -> new ObjectiveRecord(id, 7, Commitment.COMMITTED)).toList();
        });
        when(store.findKeyResults(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return List.of(completion, checkedIn).stream().filter(k -> ids.contains(k.issueId())).toList();
        });
        when(store.findKeyResultsOfObjectives(anyCollection())).thenAnswer(i -> {
            Collection<Long> ids = i.getArgument(0);
            return ids.contains(A) ? List.of(completion, checkedIn) : List.of();
        });
        org.mockito.Mockito.clearInvocations(store);
    }

    @Test
    void theObjectivePanelShowsTheParentAndTheChildrenWithTheirStatusInOneBatchedRead() {
        batchedReads();
        given(A, C, Kind.ALIGNMENT);
        given(B, A, Kind.ALIGNMENT);

        var panel = objectives.panel("OKR-1");

        assertThat(panel.objective().issueKey()).isEqualTo("OKR-1");
        assertThat(panel.parent().issueKey()).isEqualTo("OKR-6");
        assertThat(panel.parent().status()).isNotBlank();
        assertThat(panel.children()).extracting(c -> c.issueKey()).containsExactly("OKR-5");
        verify(store, times(1)).findObjectives(anyCollection());
        verify(store, times(1)).findKeyResultsOfObjectives(anyCollection());
        verify(store, never()).findObjective(B);
        verify(store, never()).findObjective(C);
    }

    @Test
    void anUnalignedObjectivePanelReadsNoOtherObjective() {
        batchedReads();

        var panel = objectives.panel("OKR-1");

        assertThat(panel.parent()).isNull();
        assertThat(panel.children()).isEmpty();
        verify(store, never()).findObjectives(anyCollection());
    }

    @Test
    void theKeyResultPanelNamesItsObjectiveWithItsStatus() {
        var panel = keyResults.panel("OKR-3");

        assertThat(panel.keyResult().issueKey()).isEqualTo("OKR-3");
        assertThat(panel.objective().issueKey()).isEqualTo("OKR-1");
        assertThat(panel.objective().summary()).isEqualTo("Delight developers");
        assertThat(panel.objective().status()).isNotBlank();
    }

    @Test
    void anEpicListsEachKeyResultItFeedsWithItsObjectiveAndCountsThem() {
        batchedReads();
        given(EPIC, KR, Kind.CONTRIBUTES);
        given(EPIC, KR_CHECKED_IN, Kind.CONTRIBUTES);
        workByEpic.put(EPIC, items("DEV-10", 4, 1));

        var view = keyResults.epicContributions("dev-10");

        assertThat(view.epicKey()).isEqualTo("DEV-10");
        assertThat(view.linkedKeyResults()).isEqualTo(2);
        assertThat(view.keyResults()).extracting(c -> c.keyResult().issueKey()).containsExactly("OKR-2", "OKR-3");
        assertThat(view.keyResults()).allSatisfy(c -> assertThat(c.objective().issueKey()).isEqualTo("OKR-1"));
        assertThat(view.keyResults().get(0).keyResult().completion().done()).isEqualByComparingTo("1");
        assertThat(view.keyResults().get(0).keyResult().completion().total()).isEqualByComparingTo("4");
        verify(store, times(1)).findKeyResults(anyCollection());
        verify(store, never()).findKeyResult(anyLong());
    }

    @Test
    void anEpicFeedingNothingReadsNoKeyResult() {
        batchedReads();

        var view = keyResults.epicContributions("DEV-11");

        assertThat(view.keyResults()).isEmpty();
        assertThat(view.linkedKeyResults()).isZero();
        verify(store, never()).findKeyResults(anyCollection());
    }
}
