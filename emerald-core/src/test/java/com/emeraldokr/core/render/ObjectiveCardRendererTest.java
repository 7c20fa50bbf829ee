package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.ObjectiveCardRenderer;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveCardRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

    private final ObjectiveCardRenderer renderer =
            new ObjectiveCardRenderer(new BundleMessages(Locale.ENGLISH), key -> "https://jira.example.com/browse/" + key);

    private static ObjectiveView objective(String summary, String krSummary) {
        KeyResultView kr = new KeyResultView(2, "OKR-2", krSummary, "INCREASE_TO", BigDecimal.ZERO, new BigDecimal("40"), null,
                "%", new BigDecimal("10"), BigDecimal.ONE, new BigDecimal("0.25"), 25, new BigDecimal("0.25"), "RED",
                "OFF_TRACK", null, null, List.of(), 1, null, null, "OKR", null, null);
        return new ObjectiveView(1, "OKR-1", summary, 7, "COMMITTED", new BigDecimal("0.25"), 25,
                new BigDecimal("0.25"), "RED", "OFF_TRACK", List.of(kr), false, null, null, null, "OKR", null, null, null);
    }

    @Test
    void rendersTheObjectiveItsKeyResultsAndWords() {
        String html = renderer.render(objective("Delight developers", "Adoption"));
        assertThat(html).contains("href=\"https://jira.example.com/browse/OKR-1\"", "Delight developers", "Committed",
                "Off track", "10% of 40%", "Progress 25%", "data-status=\"OFF_TRACK\"");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void anIssueCompletionKeyResultReadsAsWorkDoneAndValuesAreGrouped() {
        com.emeraldokr.api.view.WorkCompletionView completion = new com.emeraldokr.api.view.WorkCompletionView("ISSUE_COUNT",
                BigDecimal.ONE, new BigDecimal("3"), 33, 3, List.of(), List.of());
        KeyResultView measured = new KeyResultView(3, "OKR-3", "Epics", "ISSUE_COMPLETION", BigDecimal.ZERO, BigDecimal.ONE, null,
                "", new BigDecimal("0.3333"), BigDecimal.ONE, new BigDecimal("0.3333"), 33, new BigDecimal("0.3333"), "RED",
                "OFF_TRACK", null, null, List.of(), 1, completion, null, "OKR", null, null);
        KeyResultView revenue = new KeyResultView(4, "OKR-4", "Revenue", "INCREASE_TO", BigDecimal.ZERO, new BigDecimal("12500"), null,
                "USD", new BigDecimal("4000.00"), BigDecimal.ONE, new BigDecimal("0.32"), 32, new BigDecimal("0.32"), "RED",
                "OFF_TRACK", null, null, List.of(), 1, null, null, "OKR", null, null);
        ObjectiveView objective = new ObjectiveView(1, "OKR-1", "Ship", 7, "COMMITTED", new BigDecimal("0.3"), 30,
                new BigDecimal("0.3"), "RED", "OFF_TRACK", List.of(measured, revenue), false, null, null, null, "OKR", null, null, null);

        String html = renderer.render(objective);

        assertThat(html).contains("<td>1 of 3 issues done</td>").doesNotContain("0.3333").doesNotContain("of 1<")
                .contains("4,000\u00A0USD of 12,500\u00A0USD").contains("Score 0.30");
    }

    @Test
    void escapesEveryValue() {
        String html = renderer.render(objective(HOSTILE, HOSTILE));
        assertThat(html).doesNotContain("<script>").doesNotContain("'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }
}
