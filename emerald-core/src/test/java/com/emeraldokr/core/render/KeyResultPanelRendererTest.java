package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.WorkCompletionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultPanelRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script>";

    private final KeyResultPanelRenderer renderer =
            new KeyResultPanelRenderer(new BundleMessages(Locale.ENGLISH), key -> "/jira/browse/" + key);

    private static KeyResultView kr(String kind, List<CheckInView> history, WorkCompletionView completion) {
        return new KeyResultView(2, "OKR-2", "Build " + HOSTILE, kind, BigDecimal.ZERO, BigDecimal.TEN, null, "deploys",
                new BigDecimal("4"), BigDecimal.ONE, new BigDecimal("0.4"), 40, new BigDecimal("0.4"), "YELLOW", "AT_RISK",
                null, null, history, 3, completion, null, "OKR", null, null);
    }

    @Test
    void aCheckedInKeyResultShowsItsNewestCheckInsAndTheForm() {
        List<CheckInView> history = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            history.add(new CheckInView("2026-11-%02dT09:00:00Z".formatted(day), BigDecimal.valueOf(day), 6, "note " + day, "bob"));
        }
        history.set(11, new CheckInView("2026-11-12T09:00:00Z", new BigDecimal("12"), 7, HOSTILE, "bob"));

        String html = renderer.render(kr("INCREASE_TO", history, null));

        assertThat(html).contains("aria-valuenow=\"40\"").contains("4\u00A0deploys of 10\u00A0deploys")
                .contains("form class=\"aui emerald-checkin-form\" data-issue-key=\"OKR-2\"")
                .doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html.split("<tr>", -1)).as("header row and the ten newest check-ins").hasSize(1 + 1 + KeyResultPanelRenderer.HISTORY_ROWS);
        assertThat(html.indexOf("2026-11-12")).as("newest first").isLessThan(html.indexOf("2026-11-11"));
        assertThat(html).doesNotContain("2026-11-02").doesNotContain("2026-11-01");
    }

    @Test
    void aMeasuredKeyResultListsItsEpicsAndOffersNoForm() {
        WorkCompletionView completion = new WorkCompletionView("ISSUE_COUNT", new BigDecimal("3"), new BigDecimal("9"), 33, 9,
                List.of("PLAT-9"), List.of(new WorkCompletionView.EpicView(11, "PLAT-1", "Cache " + HOSTILE, new BigDecimal("2"),
                new BigDecimal("5"), 40, 5)));

        String html = renderer.render(kr("ISSUE_COMPLETION", List.of(), completion));

        assertThat(html).contains("3 of 9 issues done").contains("href=\"/jira/browse/PLAT-1\"").contains("40% done (2 of 5)")
                .contains("nothing to check in").doesNotContain("no estimate")
                .doesNotContain("emerald-checkin-form").doesNotContain("<script>");

        WorkCompletionView points = new WorkCompletionView("STORY_POINTS", new BigDecimal("13"), new BigDecimal("29"), 45, 9,
                List.of("PLAT-9"), completion.epics());
        assertThat(renderer.render(kr("ISSUE_COMPLETION", List.of(), points)))
                .contains("13 of 29 story points done").contains("One issue has no estimate: PLAT-9");
    }

    @Test
    void aMeasuredKeyResultWithoutEpicsSaysSo() {
        assertThat(renderer.render(kr("ISSUE_COMPLETION", List.of(), null))).contains("No epics contribute to this key result yet.");
        assertThat(renderer.render(kr("INCREASE_TO", List.of(), null))).doesNotContain("Linked epics").contains("No check-ins yet.");
    }
}
