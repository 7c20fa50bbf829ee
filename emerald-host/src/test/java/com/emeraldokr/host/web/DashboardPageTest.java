package com.emeraldokr.host.web;

import com.emeraldokr.core.dashboard.DashboardItems.DashboardItem;
import com.emeraldokr.core.dashboard.DashboardItems;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        String html = new DashboardPage(Locale.ENGLISH, new HostChrome(Locale.ENGLISH, "3.7.1"), "1.6.30")
                .html(Map.of("okr-progress", Map.of("project", "</script>")), true);

        assertThat(html).contains("<h2 class=\"dashboard-item-title\" id=\"okr-progress-title\">OKR progress</h2>",
                "id=\"kpi-health-title\">KPI health</h2>", "id=\"cycle-overview-title\">Cycle overview</h2>",
                "id=\"key-result-trend-title\">Key-result trend</h2>",
                "\"emerald.gadget.okr.progress.title\":\"OKR progress\"",
                "/static/webjars/jquery/3.7.1/jquery.min.js", "/static/host/aui/aui-prototyping.js", "/static/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                "{\"okr-progress\":{\"project\":\"\\u003c/script\\u003e\"}}");
    }

    @Test
    void onlyAnEditorOfTheDashboardIsOfferedTheItemsSettings() {
        DashboardPage page = new DashboardPage(Locale.ENGLISH, new HostChrome(Locale.ENGLISH, "3.7.1"), "1.6.30");

        assertThat(page.html(Map.of(), true).split("dashboard-item-configure", -1)).hasSize(5);
        assertThat(page.html(Map.of(), false)).doesNotContain("dashboard-item-configure");
    }

    /** The page's items and item scripts are exactly core's list, in its order: a new item needs no host change. */
    @Test
    void thePageRendersExactlyCoresDashboardItems() {
        String html = new DashboardPage(Locale.ENGLISH, new HostChrome(Locale.ENGLISH, "3.7.1"), "1.6.30").html(Map.of(), true);

        List<String> modules = new ArrayList<>();
        Matcher section = Pattern.compile("<section class=\"dashboard-item\" id=\"([^\"]+)\" data-dashboard-item-module=\"([^\"]+)\"")
                .matcher(html);
        while (section.find()) {
            modules.add(section.group(1) + " " + section.group(2));
        }
        List<String> scripts = new ArrayList<>();
        Matcher script = Pattern.compile("<script src=\"/static/emerald-web/([^\"]+)\"").matcher(html);
        while (script.find()) {
            scripts.add(script.group(1));
        }

        assertThat(modules).containsExactlyElementsOf(DashboardItems.ITEMS.stream().map(i -> i.key() + " " + i.amdModule()).toList());
        assertThat(scripts).containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("gadget-kit.js"),
                DashboardItems.ITEMS.stream().map(DashboardItem::script)).toList());
    }
}
