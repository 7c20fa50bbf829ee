package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The KPI health, cycle overview and key-result trend items, their settings, and their empty and error states. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardItemsBrowserTest extends BrowserSession {

    private static final String API = "/rest/emerald/1.0/gadgets/";


    private void open() {
        host.restRequests().reset();
        browser.get("http://localhost:" + host.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".emerald-gadget")).size() == 4
                && d.findElements(By.cssSelector(".emerald-gadget[aria-busy='true']")).isEmpty());
    }

    private WebElement item(String id) {
        return browser.findElement(By.id(id));
    }

    private void screenshot(String id, String name) throws IOException {
        screenshot(item(id), name);
    }

    private void configure(String id, String field, String value) {
        item(id).findElement(By.cssSelector(".dashboard-item-configure")).click();
        WebElement input = item(id).findElement(By.cssSelector("[name='" + field + "']"));
        if ("select".equals(input.getTagName())) {
            new org.openqa.selenium.support.ui.Select(input).selectByValue(value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
        item(id).findElement(By.cssSelector(".emerald-config-save")).click();
    }

    @Test
    @Order(1)
    void kpiTilesShowWhatTheRestApiSays() throws IOException {
        open();
        JsonNode kpis = http.get(API + "kpi-health").body();
        List<WebElement> tiles = item("kpi-health").findElements(By.cssSelector(".emerald-kpi-tile"));
        assertThat(tiles).hasSize(kpis.size());
        for (int i = 0; i < kpis.size(); i++) {
            JsonNode kpi = kpis.get(i);
            WebElement tile = tiles.get(i);
            assertThat(tile.findElement(By.cssSelector(".emerald-kpi-name")).getText()).isEqualTo(kpi.get("name").asText());
            assertThat(tile.findElement(By.cssSelector(".emerald-status")).getAttribute("data-status"))
                    .isEqualTo(kpi.get("current").get("health").asText());
            assertThat(tile.findElement(By.cssSelector(".emerald-status")).getText()).isNotBlank();
            assertThat(tile.findElement(By.cssSelector(".emerald-kpi-trend")).getAttribute("data-trend"))
                    .isEqualTo(kpi.get("trend").get("direction").asText());
            assertThat(tile.findElement(By.cssSelector(".emerald-sparkline")).getAttribute("aria-label")).contains(kpi.get("name").asText());
            assertThat(tile.findElements(By.cssSelector(".emerald-sparkline canvas"))).as("uPlot drew the sparkline").isNotEmpty();
            assertThat(tile.findElements(By.cssSelector(".emerald-kpi-recovery")).isEmpty()).isEqualTo(kpi.get("recovery").isNull());
        }
        screenshot("kpi-health", "kpi-health.png");
    }

    @Test
    @Order(2)
    void theCycleOverviewShowsWhatTheRestApiSays() throws IOException {
        JsonNode overview = http.get(API + "cycle-overview").body();
        WebElement item = item("cycle-overview");
        assertThat(item.findElement(By.cssSelector(".emerald-days-left .emerald-figure-value")).getText())
                .isEqualTo(overview.get("daysLeft").asText());
        assertThat(item.findElement(By.cssSelector(".emerald-average-score .emerald-figure-value")).getText())
                .isEqualTo(overview.get("averageScore").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString());
        int ncs = overview.get("netConfidence").asInt();
        assertThat(item.findElement(By.cssSelector(".emerald-ncs .emerald-figure-value")).getText()).isEqualTo((ncs > 0 ? "+" : "") + ncs);
        overview.get("objectivesByStatus").fields().forEachRemaining(e -> assertThat(
                item.findElement(By.cssSelector(".emerald-status-counts li[data-status='" + e.getKey() + "']")).getText())
                .endsWith("\u00D7 " + e.getValue().asInt()));
        screenshot("cycle-overview", "cycle-overview.png");
    }

    @Test
    @Order(3)
    void theTrendChartsTheKeyResultAgainstItsExpectedLine() throws IOException {
        JsonNode trend = http.get(API + "key-result-trend?issueKey=OKR-2").body();
        WebElement item = item("key-result-trend");
        assertThat(item.findElement(By.cssSelector(".emerald-percent")).getText()).isEqualTo(trend.get("keyResult").get("percent").asInt() + "%");
        assertThat(item.findElement(By.cssSelector(".emerald-trend-chart")).getAttribute("aria-label")).contains("OKR-2");
        assertThat(item.findElements(By.cssSelector(".emerald-trend-chart canvas"))).isNotEmpty();
        int forecast = new BigDecimal(trend.get("forecast").get("progress").asText()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
        assertThat(item.findElement(By.cssSelector(".emerald-forecast")).getText()).contains(forecast + "%");
        screenshot("key-result-trend", "key-result-trend.png");
    }

    @Test
    @Order(4)
    void settingsChangeWhatAnItemShowsAndSurviveAReload() throws IOException {
        configure("kpi-health", "category", "FINANCIAL");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("kpi-health")).findElements(By.cssSelector(".emerald-kpi-tile")).size() == 1);
        open();
        List<WebElement> tiles = item("kpi-health").findElements(By.cssSelector(".emerald-kpi-tile"));
        assertThat(tiles).hasSize(1);
        assertThat(tiles.get(0).getText()).contains("Monthly recurring revenue");
        assertThat(host.restRequests().requests()).anySatisfy(r -> assertThat(r).contains("kpi-health?category=FINANCIAL"));

        configure("okr-progress", "project", "NOPE");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("okr-progress")).findElements(By.cssSelector(".emerald-empty")).isEmpty());
        open();
        assertThat(item("okr-progress").findElement(By.cssSelector(".emerald-empty")).getText()).contains("no objectives");
        screenshot("okr-progress", "okr-progress-empty-after-settings.png");
    }

    @Test
    @Order(5)
    void invalidSettingsAreExplainedAndNotSaved() {
        configure("cycle-overview", "cycleId", "last quarter");
        WebElement error = item("cycle-overview").findElement(By.cssSelector(".emerald-config-error"));
        assertThat(error.getText()).contains("cycle id");
        assertThat(item("cycle-overview").findElement(By.cssSelector("[name='cycleId']")).getAttribute("aria-invalid")).isEqualTo("true");
        open();
        assertThat(item("cycle-overview").findElements(By.cssSelector(".emerald-figure"))).hasSize(3);
    }

    @Test
    @Order(6)
    void anUnknownKeyResultShowsTheErrorStateAndNoneChosenTheEmptyState() throws IOException {
        configure("key-result-trend", "issueKey", "NOPE-1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("key-result-trend")).findElements(By.cssSelector(".emerald-error")).isEmpty());
        assertThat(item("key-result-trend").findElement(By.cssSelector(".emerald-error")).getText()).contains("404");
        screenshot("key-result-trend", "key-result-trend-error.png");
        assertThat(http.put("/host/dashboard-items/key-result-trend/preferences", "{}").status()).isEqualTo(204);
        open();
        assertThat(item("key-result-trend").findElement(By.cssSelector(".emerald-empty")).getText()).contains("Choose a key result");
        assertThat(host.restRequests().requests()).noneMatch(r -> r.contains("key-result-trend"));
    }
}
