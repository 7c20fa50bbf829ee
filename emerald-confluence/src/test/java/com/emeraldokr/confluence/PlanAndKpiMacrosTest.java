package com.emeraldokr.confluence;

import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.KpiViews.PeriodHealthView;
import com.emeraldokr.api.view.KpiViews.TrendView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class PlanAndKpiMacrosTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private final OkrDataClient client = mock(OkrDataClient.class);
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);
    private final OkrPlanMacro plan = new OkrPlanMacro(client, messages);
    private final KpiStatusMacro kpis = new KpiStatusMacro(client, messages);

    @BeforeEach
    void links() {
        when(client.issueUrl(any())).thenAnswer(i -> "https://jira.example.com/browse/" + i.getArgument(0));
    }

    private static OkrPlanView planView(String summary) {
        KeyResultView kr = new KeyResultView(2, "OKR-2", "p95 build time " + summary, "DECREASE_TO", new BigDecimal("18"),
                new BigDecimal("8"), null, "min", new BigDecimal("13"), BigDecimal.ONE, new BigDecimal("0.5"), 50,
                new BigDecimal("0.5"), "YELLOW", "AT_RISK", null, null, List.of(), 1, null, null, "OKR", null, null);
        ObjectiveView o = new ObjectiveView(1, "OKR-1", summary, 7, "COMMITTED", new BigDecimal("0.5"), 50,
                new BigDecimal("0.5"), "YELLOW", "AT_RISK", List.of(kr), false, null, null, null, "OKR", null, null, null);
        return new OkrPlanView(new CycleView(7, "2026 Q4", "2026-10-01", "2026-12-31", "UTC", "ACTIVE", 50, 40), List.of(o),
                List.of(new OkrPlanView.Finding("too-few-key-results", "WARNING", "OKR-1", "OKR-1 has 1 key results")));
    }

    private static KpiView kpiView(String name) {
        return kpiView(name, "UNHEALTHY", false);
    }

    private static KpiView kpiView(String name, String health, boolean earlyWarning) {
        List<PeriodHealthView> history = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            history.add(new PeriodHealthView("2026-" + String.format("%02d", i), i == 5 ? null : new BigDecimal(4 + i), "WARNING"));
        }
        return new KpiView(3, name, "", "h", "LOWER_IS_BETTER", new BigDecimal("6"), null, null, "RELATIVE",
                new BigDecimal("0.1"), 3, "MONTHLY", "CUSTOMER", "LAGGING", null, null, null, false, 1,
                new PeriodHealthView("2026-12", new BigDecimal("16"), health), earlyWarning, new TrendView("WORSENING", 1.0, 11),
                history, null, null);
    }

    private String plan(Map<String, String> parameters) throws Exception {
        return plan.execute(parameters, null, null);
    }

    @Test
    void thePlanIsATableOfObjectivesAndKeyResultsWithLint() throws Exception {
        when(client.plan("OKR", 7L, true)).thenReturn(planView("Deploy calmly"));
        String html = plan(Map.of("project", "okr", "cycle", "7", "lint", "true"));
        assertThat(html).contains("emerald-plan-table", "2026 Q4", "OKR-1", "Deploy calmly", "Committed", "18\u00A0min \u2192 8\u00A0min",
                "13\u00A0min", "50%", "At risk", "OKR lint", "Warning: OKR-1 has 1 key results");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void objectivesOnlyLeavesOutTheKeyResults() throws Exception {
        when(client.plan("OKR", null, false)).thenReturn(planView("Deploy calmly"));
        String html = plan(Map.of("project", "OKR", "show", "objectives"));
        assertThat(html).contains("OKR-1").doesNotContain("OKR-2").doesNotContain("emerald-plan-keyresult");
    }

    @Test
    void invalidParametersAreNamedAndJiraIsNotAsked() throws Exception {
        assertThat(plan(Map.of())).contains("aui-message-error", "&quot;project&quot; is required");
        assertThat(plan(Map.of("project", "ok r"))).contains("&quot;project&quot;", "ok r");
        assertThat(plan(Map.of("project", "OKR", "cycle", "last"))).contains("&quot;cycle&quot;", "last");
        assertThat(plan(Map.of("project", "OKR", "cycle", "-3"))).contains("&quot;cycle&quot;");
        assertThat(plan(Map.of("project", "OKR", "show", "everything"))).contains("&quot;show&quot;");
        assertThat(plan(Map.of("project", "OKR", "lint", "maybe"))).contains("&quot;lint&quot;");
        assertThat(kpis.execute(Map.of("category", "FUN"), null, null)).contains("&quot;category&quot;", "FUN");
        verifyNoInteractions(client);
    }

    @Test
    void everyJiraFailureHasItsInPageMessage() throws Exception {
        when(client.plan(any(), any(), anyBoolean())).thenThrow(new NotFoundException("cycleId", "no"));
        assertThat(plan(Map.of("project", "OKR", "cycle", "99"))).contains("aui-message-warning", "OKR");
        when(client.kpis(any(), any())).thenThrow(new OkrDataUnavailableException(Reason.NO_JIRA_LINK, null, null, null));
        assertThat(kpis.execute(Map.of(), null, null)).contains("needs an application link to Jira");
        OkrPlanMacro down = new OkrPlanMacro(failing(new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "HTTP 503", null)), messages);
        assertThat(down.execute(Map.of("project", "OKR"), null, null)).contains("cannot reach Jira right now").doesNotContain("503");
        OkrPlanMacro authorise = new OkrPlanMacro(failing(new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED,
                "https://wiki.example.com/authorize", null, null)), messages);
        assertThat(authorise.execute(Map.of("project", "OKR"), null, null)).contains("href=\"https://wiki.example.com/authorize\"");
    }

    private static OkrDataClient failing(RuntimeException failure) {
        OkrDataClient c = mock(OkrDataClient.class);
        when(c.plan(any(), any(), anyBoolean())).thenThrow(failure);
        return c;
    }

    @Test
    void kpisShowValueTargetHealthTrendAndASparklineWithoutScript() throws Exception {
        when(client.kpis("SUP", "CUSTOMER")).thenReturn(List.of(kpiView("Resolution " + HOSTILE)));
        String html = kpis.execute(Map.of("project", "sup", "category", "customer"), null, null);
        assertThat(html).contains("16\u00A0h", "\u2264\u00A06\u00A0h", "Unhealthy", "Worsening", "<svg class=\"emerald-sparkline\"",
                "role=\"img\"", "stroke-dasharray");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        // a gap for the period without data: the line is lifted once
        assertThat(html.substring(html.indexOf("<path d=\""))).containsPattern("M[^L]*L.* M");
    }

    @Test
    void aHealthyKpiGettingWorseShowsAnEarlyWarningBesideItsHealth() throws Exception {
        when(client.kpis(null, null)).thenReturn(List.of(kpiView("Resolution", "HEALTHY", true), kpiView("NPS", "WARNING", false)));
        String html = kpis.execute(Map.of(), null, null);
        assertThat(html).contains("data-status=\"HEALTHY\"").contains("data-status=\"EARLY_WARNING\"").contains("Early warning")
                .contains("data-status=\"WARNING\"");
        assertThat(html.split("EARLY_WARNING", -1)).as("only the KPI that warns early").hasSize(2);
    }

    @Test
    void emptyPlansAndKpiListsSaySo() throws Exception {
        when(client.plan("OKR", null, false)).thenReturn(new OkrPlanView(null, List.of(), List.of()));
        assertThat(plan(Map.of("project", "OKR"))).contains("no active OKR cycle");
        when(client.kpis(null, null)).thenReturn(List.of());
        assertThat(kpis.execute(Map.of(), null, null)).contains("no KPIs here");
    }
}
