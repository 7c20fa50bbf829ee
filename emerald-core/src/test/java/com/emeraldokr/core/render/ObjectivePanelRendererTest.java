package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectivePanelView;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.WorkCompletionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectivePanelRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script>";

    private final ObjectivePanelRenderer renderer =
            new ObjectivePanelRenderer(new BundleMessages(Locale.ENGLISH), key -> "/jira/browse/" + key);

    private static ObjectiveView objective(KeyResultView... krs) {
        return new ObjectiveView(1, "OKR-1", "Delight " + HOSTILE, 7, "ASPIRATIONAL", new BigDecimal("0.456"), 46,
                new BigDecimal("0.456"), "YELLOW", "AT_RISK", List.of(krs), false, null, null, null, "OKR", null, null, null);
    }

    @Test
    void showsTheParentTheChildrenAndTheKeyResultsWithTheirStatus() {
        WorkCompletionView completion = new WorkCompletionView("ISSUE_COUNT", BigDecimal.ONE, new BigDecimal("3"), 33, 3, List.of(),
                List.of());
        ObjectivePanelView panel = new ObjectivePanelView(
                objective(KeyResultPanelRendererTest.kr("ISSUE_COMPLETION", List.of(), completion)),
                new ObjectiveRefView("CO-1", "Company " + HOSTILE, "ON_TRACK", 70),
                List.of(new ObjectiveRefView("TEAM-4", "Team four", "OFF_TRACK", 10), new ObjectiveRefView("TEAM-5", "Team five", "DONE", 100)));

        String html = renderer.render(panel);

        assertThat(html).startsWith("<div class=\"emerald-issue-panel emerald-objective-panel\" data-issue-key=\"OKR-1\">")
                .contains("Aspirational").contains("Score 0.46").contains("Progress 46%")
                .contains("<p class=\"emerald-panel-ref emerald-alignment-parent\" data-issue-key=\"CO-1\"><a href=\"/jira/browse/CO-1\">CO-1</a>")
                .contains("Company &lt;script&gt;")
                .contains("<li class=\"emerald-panel-ref\" data-issue-key=\"TEAM-4\">")
                .contains("data-status=\"OFF_TRACK\"").contains("data-status=\"DONE\"")
                .contains("<li data-issue-key=\"OKR-2\">").contains("1 of 3 issues done")
                .doesNotContain("0.3333").doesNotContain("<script>");
        assertThat(html.indexOf("CO-1")).as("the parent before the key results").isLessThan(html.indexOf("OKR-2"));
        assertThat(html.indexOf("OKR-2")).as("the key results before the children").isLessThan(html.indexOf("TEAM-4"));
    }

    @Test
    void anUnalignedObjectiveWithoutChildrenSaysSo() {
        String html = renderer.render(new ObjectivePanelView(objective(), null, List.of()));
        assertThat(html).contains("aligns to no other objective").contains("No objective aligns to this one yet.")
                .doesNotContain("emerald-alignment-children");
    }
}
