package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.OkrPlanRenderer;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import com.emeraldokr.api.view.WorkCompletionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan macro's numbers: the one formatter, and ISSUE_COMPLETION key results as work done. */
class OkrPlanRendererTest {

    private final OkrPlanRenderer renderer = new OkrPlanRenderer(new BundleMessages(Locale.ENGLISH), key -> "/browse/" + key);

    @Test
    void anIssueCompletionKeyResultReadsAsWorkDoneAndOtherValuesAreGrouped() {
        WorkCompletionView completion = new WorkCompletionView("STORY_POINTS", new BigDecimal("5"), new BigDecimal("13"), 38, 6,
                List.of(), List.of());
        KeyResultView measured = new KeyResultView(3, "OKR-3", "Epics", "ISSUE_COMPLETION", BigDecimal.ZERO, BigDecimal.ONE, null,
                "", new BigDecimal("0.3846"), BigDecimal.ONE, new BigDecimal("0.3846"), 38, new BigDecimal("0.3846"), "RED",
                "OFF_TRACK", null, null, List.of(), 1, completion, null, "OKR", null, null);
        KeyResultView revenue = new KeyResultView(4, "OKR-4", "Revenue", "INCREASE_TO", new BigDecimal("1000"), new BigDecimal("12500"),
                null, "USD", new BigDecimal("4000.00"), BigDecimal.ONE, new BigDecimal("0.26"), 26, new BigDecimal("0.26"), "RED",
                "OFF_TRACK", null, null, List.of(), 1, null, null, "OKR", null, null);
        ObjectiveView objective = new ObjectiveView(1, "OKR-1", "Ship", 7, "COMMITTED", new BigDecimal("0.3"), 30,
                new BigDecimal("0.3"), "RED", "OFF_TRACK", List.of(measured, revenue), false, null, null, null, "OKR", null, null, null);
        CycleView cycle = new CycleView(7, "Q1", "2026-01-01", "2026-03-31", "UTC", "ACTIVE", 50, 45);

        String html = renderer.render(new OkrPlanView(cycle, List.of(objective), List.of()), false);

        assertThat(html).contains("<td>5 of 13 story points done</td>").contains("<td>Work under the linked epics</td>")
                .doesNotContain("0.3846").doesNotContain("0 \u2192 1")
                .contains("1,000\u00A0USD \u2192 12,500\u00A0USD").contains("<td>4,000\u00A0USD</td>");
    }
}
