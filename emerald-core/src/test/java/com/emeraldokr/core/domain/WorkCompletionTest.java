package com.emeraldokr.core.domain;

import com.emeraldokr.core.domain.WorkCompletion.Measure;
import com.emeraldokr.core.domain.WorkCompletion.UnestimatedPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkCompletionTest {

    private static WorkItem item(String key, boolean done, String points) {
        return new WorkItem(key, done, points == null ? null : new BigDecimal(points));
    }

    private final List<WorkItem> epic = List.of(item("PLAT-1", false, null), item("PLAT-2", true, "5"),
            item("PLAT-3", true, "3"), item("PLAT-4", false, "8"), item("PLAT-5", false, null), item("PLAT-2", true, "5"));

    @Test
    void byIssueCountEveryIssueCountsOnce() {
        WorkCompletion c = WorkCompletion.of(epic, Measure.ISSUE_COUNT, UnestimatedPolicy.EXCLUDE);
        assertThat(c.issues()).isEqualTo(5);
        assertThat(c.share().value()).isEqualByComparingTo("0.4");
        assertThat(c.unestimated()).containsExactly("PLAT-1", "PLAT-5");
    }

    @Test
    void byStoryPointsUnestimatedIssuesAreExcludedAndReported() {
        WorkCompletion c = WorkCompletion.of(epic, Measure.STORY_POINTS, UnestimatedPolicy.EXCLUDE);
        assertThat(c.done()).isEqualByComparingTo("8");
        assertThat(c.total()).isEqualByComparingTo("16");
        assertThat(c.share().value()).isEqualByComparingTo("0.5");
        assertThat(c.unestimated()).containsExactly("PLAT-1", "PLAT-5");
    }

    @Test
    void orCountAsTheMeanEstimate() {
        WorkCompletion c = WorkCompletion.of(epic, Measure.STORY_POINTS, UnestimatedPolicy.COUNT_AS_MEAN);
        // mean of 5, 3, 8 = 16/3; total = 16 + 2 x 16/3 = 80/3; done = 8
        assertThat(c.share().value()).isEqualByComparingTo("0.3");
        WorkCompletion none = WorkCompletion.of(List.of(item("A-1", true, null), item("A-2", false, null)),
                Measure.STORY_POINTS, UnestimatedPolicy.COUNT_AS_MEAN);
        assertThat(none.share().value()).isEqualByComparingTo("0.5");
    }

    @Test
    void noWorkIsNoProgressAndFeedsIssueCompletionKeyResults() {
        WorkCompletion empty = WorkCompletion.of(List.of(), Measure.ISSUE_COUNT, UnestimatedPolicy.EXCLUDE);
        assertThat(empty.share()).isEqualTo(Progress.NONE);
        WorkCompletion onlyUnestimated = WorkCompletion.of(List.of(item("A-1", true, null)), Measure.STORY_POINTS, UnestimatedPolicy.EXCLUDE);
        assertThat(onlyUnestimated.share()).isEqualTo(Progress.NONE);
        assertThat(onlyUnestimated.unestimated()).containsExactly("A-1");
        KeyResultTarget fromEpics = new KeyResultTarget(KeyResultKind.ISSUE_COMPLETION, BigDecimal.ZERO, BigDecimal.ONE, "");
        assertThat(fromEpics.progressAt(WorkCompletion.of(epic, Measure.ISSUE_COUNT, UnestimatedPolicy.EXCLUDE).share().value()).value())
                .isEqualByComparingTo("0.4");
    }

    @Test
    void negativeEstimatesAreRefused() {
        assertThatThrownBy(() -> item("X-1", false, "-1")).hasMessageContaining("negative story points");
    }
}
