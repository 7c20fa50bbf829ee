package com.emeraldokr.host.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPageTest {

    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 it''s {0}";

    @Test
    void theEmbeddedBundleCannotLeaveItsScriptElementAndReadsBackUnchanged() throws Exception {
        String json = DashboardPage.scriptSafeJson(Map.of("emerald.hostile", HOSTILE));

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() { }))
                .containsExactly(Map.entry("emerald.hostile", HOSTILE));
    }

    @Test
    void thePageCarriesTheItemsTheWholeEmeraldBundleAndTheSavedPreferences() {
        String html = new DashboardPage(Locale.ENGLISH, "3.7.1", "1.6.30")
                .html(Map.of("okr-progress", Map.of("project", "</script>")));

        assertThat(html).contains("<h2 class=\"dashboard-item-title\" id=\"okr-progress-title\">OKR progress</h2>",
                "id=\"kpi-health-title\">KPI health</h2>", "id=\"cycle-overview-title\">Cycle overview</h2>",
                "id=\"key-result-trend-title\">Key-result trend</h2>",
                "\"emerald.gadget.okr.progress.title\":\"OKR progress\"",
                "/static/webjars/jquery/3.7.1/jquery.min.js", "/static/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                "{\"okr-progress\":{\"project\":\"\\u003c/script\\u003e\"}}");
    }
}
