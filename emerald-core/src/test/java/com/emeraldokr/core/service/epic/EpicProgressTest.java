package com.emeraldokr.core.service.epic;

import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueLinks;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Epic-driven progress is the work in the epics (their child issues), never the epic issues. */
class EpicProgressTest {

    private static final long KR = 100;
    private static final long EPIC_A = 10;
    private static final long EPIC_B = 20;

    private final IssueLinks links = mock(IssueLinks.class);
    private final EpicWork work = mock(EpicWork.class);
    private final EpicProgress progress = new EpicProgress(links, work);

    private void given(EpicWork.Settings settings, Map<Long, List<WorkItem>> workByEpic) {
        when(links.sourcesOf(anyCollection(), eq(IssueLinks.Kind.CONTRIBUTES))).thenReturn(Map.of(KR, List.of(EPIC_A, EPIC_B)));
        when(work.settings()).thenReturn(settings);
        when(work.workUnder(anyCollection())).thenReturn(workByEpic);
    }

    @Test
    void theKeyResultCountsTheChildrenOfAllItsEpics() {
        given(EpicWork.Settings.DEFAULT, Map.of(
                EPIC_A, List.of(new WorkItem("A-1", true, null), new WorkItem("A-2", false, null)),
                EPIC_B, List.of(new WorkItem("B-1", true, null), new WorkItem("B-2", true, null))));

        EpicProgress.Completions c = progress.of(List.of(KR));

        assertThat(c.byKeyResult().get(KR).done()).isEqualByComparingTo("3");
        assertThat(c.byKeyResult().get(KR).total()).isEqualByComparingTo("4");
        assertThat(c.byKeyResult().get(KR).share().percent()).isEqualTo(75);
        assertThat(c.byEpic().get(EPIC_A).share().percent()).isEqualTo(50);
    }

    @Test
    void anEpicWithoutChildrenAddsNoWorkAndIsNotDoneWork() {
        given(EpicWork.Settings.DEFAULT, Map.of(
                EPIC_A, List.of(),
                EPIC_B, List.of(new WorkItem("B-1", false, null))));

        EpicProgress.Completions c = progress.of(List.of(KR));

        assertThat(c.byEpic().get(EPIC_A).total()).isEqualByComparingTo("0");
        assertThat(c.byEpic().get(EPIC_A).share().percent()).isZero();
        assertThat(c.byKeyResult().get(KR).issues()).isEqualTo(1);
        assertThat(c.byKeyResult().get(KR).share().percent()).isZero();
    }

    @Test
    void storyPointsAreTheChildrensPoints() {
        given(new EpicWork.Settings(com.emeraldokr.core.domain.WorkCompletion.Measure.STORY_POINTS,
                        com.emeraldokr.core.domain.WorkCompletion.UnestimatedPolicy.EXCLUDE),
                Map.of(EPIC_A, List.of(new WorkItem("A-1", true, new BigDecimal("5")), new WorkItem("A-2", false, new BigDecimal("3"))),
                        EPIC_B, List.of(new WorkItem("B-1", false, new BigDecimal("2")))));

        EpicProgress.Completions c = progress.of(List.of(KR));

        assertThat(c.byKeyResult().get(KR).done()).isEqualByComparingTo("5");
        assertThat(c.byKeyResult().get(KR).total()).isEqualByComparingTo("10");
    }
}
