package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.CheckInView;
import com.emeraldokr.api.view.KeyResultPanelView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.KpiViews;
import com.emeraldokr.api.view.ObjectiveRefView;
import com.emeraldokr.api.view.WorkCompletionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultPanelRendererTest {

    private static final String HOSTILE = "<script>alert('x')</script>";
    private static final ObjectiveRefView OBJECTIVE = new ObjectiveRefView("OKR-1", "Ship " + HOSTILE, "ON_TRACK", 55);

    private final KeyResultPanelRenderer renderer =
            new KeyResultPanelRenderer(new BundleMessages(Locale.ENGLISH), key -> "/jira/browse/" + key);

    static KeyResultView kr(String kind, List<CheckInView> history, WorkCompletionView completion) {
        return new KeyResultView(2, "OKR-2", "Build " + HOSTILE, kind, BigDecimal.ZERO, new BigDecimal("12500"), null, "deploys",
                kind.equals("ISSUE_COMPLETION") ? new BigDecimal("0.3333") : new BigDecimal("4000.50"), BigDecimal.ONE,
                new BigDecimal("0.4"), 40, new BigDecimal("0.4"), "YELLOW", "AT_RISK",
                history.isEmpty() ? null : history.get(history.size() - 1).at(), history.isEmpty() ? null : 7,
                history, 3, completion, null, "OKR", null, null);
    }

    private String render(KeyResultView kr) {
        return renderer.render(new KeyResultPanelView(kr, OBJECTIVE));
    }

    @Test
    void theObjectiveComesFirstWithItsStatusThenWhereTheKeyResultStands() {
        String html = render(kr("INCREASE_TO", List.of(), null));

        assertThat(html.indexOf("emerald-panel-objective")).isLessThan(html.indexOf("emerald-panel-headline"));
        assertThat(html).contains("<a href=\"/jira/browse/OKR-1\">OKR-1</a>").contains("data-status=\"ON_TRACK\"")
                .contains("Ship &lt;script&gt;").contains("55%")
                .contains("4,000.5\u00A0deploys of 12,500\u00A0deploys")
                .contains("Target 12,500\u00A0deploys").contains("No check-in yet")
                .doesNotContain("<script>");
    }

    @Test
    void aCheckedInKeyResultShowsItsNewestCheckInsCollapsedAndAShortForm() {
        List<CheckInView> history = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            history.add(new CheckInView("2026-11-%02dT09:00:00Z".formatted(day), BigDecimal.valueOf(day * 1000L), 6, "note " + day, "bob"));
        }
        history.set(11, new CheckInView("2026-11-12T09:00:00Z", new BigDecimal("12000"), 7, HOSTILE, "bob"));

        String html = render(kr("INCREASE_TO", history, null));

        assertThat(html).contains("aria-valuenow=\"40\"").contains("Last check-in 2026-11-12, confidence 7/10")
                .contains("form class=\"aui emerald-checkin-form\" data-issue-key=\"OKR-2\"")
                .contains("<details class=\"emerald-panel-history\"><summary>Check-ins (12)</summary>")
                .contains("The last 5 of 12 check-ins")
                .contains("<td>12,000</td>")
                .doesNotContain("<textarea").doesNotContain("<details open")
                .doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html.split("<tr>", -1)).as("header row and the five newest check-ins").hasSize(1 + 1 + KeyResultPanelRenderer.HISTORY_ROWS);
        assertThat(html.indexOf("2026-11-12")).as("newest first").isLessThan(html.indexOf("2026-11-11"));
        assertThat(html).doesNotContain("2026-11-07").doesNotContain("2026-11-01");
    }

    @Test
    void aKeyResultMeasuredByAKpiShowsItsCheckInsButNoForm() {
        KeyResultView k = kr("DECREASE_TO", List.of(new CheckInView("2026-11-01T09:00:00Z", new BigDecimal("9"), 5, "", null)), null);
        KeyResultView measured = new KeyResultView(k.issueId(), k.issueKey(), k.summary(), k.kind(), k.start(), k.target(),
                k.upper(), k.unit(), k.current(), k.weight(), k.progress(), k.percent(), k.score(), k.grade(), k.status(),
                k.lastCheckInAt(), k.confidence(), k.checkIns(), k.version(), k.completion(), k.finalScore(), k.team(),
                k.ownerKey(), k.ownerName(), 7L);

        assertThat(render(k)).contains("emerald-checkin-form");
        assertThat(render(measured)).doesNotContain("emerald-checkin-form").contains("Check-ins (1)")
                .contains("record the values on the KPI");
    }

    @Test
    void aKpiProposalOffersAcceptAndDismissWhileOpenAndSaysWhatWasDecidedAfter() {
        KpiViews.KpiProposalView open = new KpiViews.KpiProposalView("OKR-2", "Deploys " + HOSTILE, "HIGHER_IS_BETTER",
                new BigDecimal("12500"), null, null, "deploys", "Held " + HOSTILE, KpiViews.ProposalDecisionView.OPEN, true);
        String html = renderer.render(new KeyResultPanelView(kr("INCREASE_TO", List.of(), null), OBJECTIVE), open);
        assertThat(html).contains("data-state=\"OPEN\"").contains("Proposed KPI: Deploys &lt;script&gt;")
                .contains("\u2265\u00A012,500\u00A0deploys").contains("emerald-kpi-proposal-accept")
                .contains("emerald-kpi-proposal-dismiss").doesNotContain("<script>").endsWith("</div></div>");
        KpiViews.KpiProposalView notMine = new KpiViews.KpiProposalView("OKR-2", "Deploys", "HIGHER_IS_BETTER",
                new BigDecimal("12500"), null, null, "deploys", "Held", KpiViews.ProposalDecisionView.OPEN, false);
        assertThat(renderer.render(new KeyResultPanelView(kr("INCREASE_TO", List.of(), null), OBJECTIVE), notMine))
                .contains("Proposed KPI").doesNotContain("emerald-kpi-proposal-accept");
        KpiViews.KpiProposalView dismissed = new KpiViews.KpiProposalView("OKR-2", "Deploys", "HIGHER_IS_BETTER",
                new BigDecimal("12500"), null, null, "deploys", "Held", new KpiViews.ProposalDecisionView("DISMISSED", "bob",
                "2026-11-20T10:00:00Z", "We watch it " + HOSTILE, null, null, null), false);
        assertThat(renderer.render(new KeyResultPanelView(kr("INCREASE_TO", List.of(), null), OBJECTIVE), dismissed))
                .contains("Dismissed by bob: We watch it &lt;script&gt;").doesNotContain("emerald-kpi-proposal-dismiss");
    }

    @Test
    void aMeasuredKeyResultReadsAsWorkDoneNeverAsAFraction() {
        WorkCompletionView completion = new WorkCompletionView("ISSUE_COUNT", new BigDecimal("1"), new BigDecimal("3"), 33, 3,
                List.of("PLAT-9"), List.of(new WorkCompletionView.EpicView(11, "PLAT-1", "Cache " + HOSTILE, new BigDecimal("1"),
                new BigDecimal("3"), 33, 3)));

        String html = render(kr("ISSUE_COMPLETION", List.of(), completion));

        assertThat(html).contains("<p class=\"emerald-panel-value\">1 of 3 issues done</p>")
                .doesNotContain("0.3333").doesNotContain("of 1<").doesNotContain("Target")
                .contains("href=\"/jira/browse/PLAT-1\"").contains("33% done (1 of 3)")
                .contains("nothing to check in").doesNotContain("no estimate")
                .doesNotContain("emerald-checkin-form").doesNotContain("<script>");

        WorkCompletionView points = new WorkCompletionView("STORY_POINTS", new BigDecimal("13"), new BigDecimal("29.50"), 45, 9,
                List.of("PLAT-9"), completion.epics());
        assertThat(render(kr("ISSUE_COMPLETION", List.of(), points)))
                .contains("13 of 29.5 story points done").contains("One issue has no estimate: PLAT-9");
    }

    @Test
    void aMeasuredKeyResultWithoutEpicsSaysSo() {
        assertThat(render(kr("ISSUE_COMPLETION", List.of(), null))).contains("No epics contribute to this key result yet.")
                .contains("No epics linked yet").doesNotContain("0.3333");
        assertThat(render(kr("INCREASE_TO", List.of(), null))).doesNotContain("Linked epics").contains("No check-ins yet.");
    }

    @Test
    void withoutAVisibleObjectiveThePanelStartsWithTheStatus() {
        String html = renderer.render(new KeyResultPanelView(kr("INCREASE_TO", List.of(), null), null));
        assertThat(html).doesNotContain("emerald-panel-objective").contains("emerald-panel-headline");
    }
}
