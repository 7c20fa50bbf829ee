package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
            // pickers fill themselves from the REST API: wait for the choice to be there
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> input.isEnabled()
                    && !input.findElements(By.cssSelector("option[value='" + value + "']")).isEmpty());
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
        JsonNode kpis = http.get(API + "kpi-health").body().get("kpis");
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
        configure("okr-progress", "project", "no such project");
        WebElement error = item("okr-progress").findElement(By.cssSelector("[name='project']"))
                .findElement(By.xpath("following-sibling::div[contains(@class,'emerald-config-error')]"));
        assertThat(error.getText()).contains("project key");
        assertThat(item("okr-progress").findElement(By.cssSelector("[name='project']")).getAttribute("aria-invalid")).isEqualTo("true");
        open();
        assertThat(item("okr-progress").findElements(By.cssSelector("[name='project']"))).as("nothing saved, the item shows again").isEmpty();
    }

    private Select picker(String id, String field) {
        item(id).findElement(By.cssSelector(".dashboard-item-configure")).click();
        WebElement select = item(id).findElement(By.cssSelector("select[name='" + field + "']"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> select.isEnabled() && select.findElements(By.tagName("option")).size() > 1);
        return new Select(select);
    }

    @Test
    @Order(6)
    void theCycleIsPickedByNameAndADeletedCycleIsASettingsProblemWithAConfigureButton() throws IOException {
        JsonNode cycles = http.get("/rest/emerald/1.0/cycles").body();
        long spare = http.post("/rest/emerald/1.0/cycles", "{\"name\":\"Spare <b>cycle</b>\",\"start\":\"2030-01-01\","
                + "\"end\":\"2030-03-31\",\"timeZone\":\"UTC\"}").body().get("id").asLong();
        open();
        Select select = picker("cycle-overview", "cycleId");
        List<String> labels = select.getOptions().stream().map(WebElement::getText).toList();
        assertThat(labels.get(0)).isEqualTo("Current cycle");
        assertThat(labels).hasSize(cycles.size() + 2).contains("Spare <b>cycle</b> (planning)");
        cycles.forEach(c -> assertThat(labels).anySatisfy(l -> assertThat(l).startsWith(c.get("name").asText())));
        assertThat(labels).anySatisfy(l -> assertThat(l).endsWith("(active)"));
        select.selectByValue(String.valueOf(spare));
        item("cycle-overview").findElement(By.cssSelector(".emerald-config-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("cycle-overview")).findElement(By.cssSelector(".emerald-cycle-name")).getText().equals("Spare <b>cycle</b>"));
        assertThat(host.restRequests().requests()).anySatisfy(r -> assertThat(r).contains("cycle-overview?cycleId=" + spare));

        assertThat(http.delete("/rest/emerald/1.0/cycles/" + spare).status()).isEqualTo(204);
        open();
        WebElement problem = item("cycle-overview").findElement(By.cssSelector(".emerald-settings-problem"));
        assertThat(problem.getText()).contains("This item's cycle no longer exists. Configure the item to choose another.")
                .doesNotContain("Reload").doesNotContain("404");
        screenshot("cycle-overview", "cycle-overview-settings-problem.png");
        problem.findElement(By.cssSelector("button.emerald-configure")).click();
        WebElement stale = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElement(By.id("cycle-overview")).findElements(By.cssSelector("select[name='cycleId']:enabled"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(new Select(stale).getFirstSelectedOption().getText()).contains(String.valueOf(spare)).contains("no longer found");
        new Select(stale).selectByValue("");
        item("cycle-overview").findElement(By.cssSelector(".emerald-config-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("cycle-overview")).findElements(By.cssSelector(".emerald-figure")).size() == 3);
    }

    @Test
    @Order(7)
    void theKeyResultIsPickedFromTheCurrentCycleAndAnUnknownOneIsASettingsProblem() throws IOException {
        JsonNode objectives = http.get(API + "okr-progress").body().get("objectives");
        open();
        Select select = picker("key-result-trend", "issueKey");
        assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo("OKR-2");
        List<WebElement> groups = item("key-result-trend").findElements(By.cssSelector("select[name='issueKey'] optgroup"));
        assertThat(groups).hasSize(objectives.size());
        assertThat(groups.get(0).getAttribute("label")).startsWith(objectives.get(0).get("issueKey").asText());
        select.selectByValue("OKR-3");
        item("key-result-trend").findElement(By.cssSelector(".emerald-config-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("key-result-trend")).findElements(By.cssSelector(".emerald-trend-chart[aria-label*='OKR-3']")).size() == 1);

        assertThat(http.put("/host/dashboard-items/key-result-trend/preferences", "{\"issueKey\":\"NOPE-1\"}").status()).isEqualTo(204);
        open();
        WebElement problem = item("key-result-trend").findElement(By.cssSelector(".emerald-settings-problem"));
        assertThat(problem.getText()).contains("key result NOPE-1 no longer exists").contains("Configure the item to choose another")
                .doesNotContain("Reload");
        assertThat(problem.findElement(By.cssSelector("button.emerald-configure")).getText()).isEqualTo("Configure");
        screenshot("key-result-trend", "key-result-trend-settings-problem.png");

        assertThat(http.put("/host/dashboard-items/key-result-trend/preferences", "{}").status()).isEqualTo(204);
        open();
        assertThat(item("key-result-trend").findElement(By.cssSelector(".emerald-empty")).getText()).contains("Choose a key result");
        assertThat(host.restRequests().requests()).noneMatch(r -> r.contains("key-result-trend"));
    }

    @Test
    @Order(8)
    void theScriptsFormatNumbersLikeTheServer() {
        open();
        @SuppressWarnings("unchecked")
        List<String> formatted = (List<String>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                require(['emerald/gadget-kit'], function (kit) {
                    done([kit.formatNumber('12500.00'), kit.formatNumber('-1234.5'), kit.formatNumber('0.3333'),
                        kit.formatNumber('0.0005'), kit.formatNumber('1E+3'), kit.formatNumber('3.41666'),
                        kit.formatValue('12500', 'USD'), kit.formatValue('99.50', '%'), kit.formatScore('0.7'),
                        kit.formatPercent(42.4), kit.formatNumber(null),
                        kit.keyResultValue({kind: 'ISSUE_COMPLETION', completion: {measure: 'ISSUE_COUNT', done: 1, total: 3}}),
                        kit.keyResultValue({kind: 'ISSUE_COMPLETION', completion: {measure: 'STORY_POINTS', done: '1250', total: '2000.0'}}),
                        kit.keyResultValue({kind: 'INCREASE_TO', current: '4000.50', target: '12500', unit: 'USD'})]);
                });
                """);
        assertThat(formatted).containsExactly("12,500", "-1,234.5", "0.333", "0.0005", "1,000", "3.42", "12,500\u00A0USD", "99.5%",
                "0.70", "42%", "", "1 of 3 issues done", "1,250 of 2,000 story points done", "4,000.5\u00A0USD of 12,500\u00A0USD");
    }

    @Test
    @Order(9)
    void anIssueCompletionKeyResultReadsAsWorkDoneInTheProgressItem() {
        assertThat(http.put("/host/dashboard-items/okr-progress/preferences", "{}").status()).isEqualTo(204);
        open();
        WebElement item = item("okr-progress");
        item.findElements(By.cssSelector(".emerald-toggle")).forEach(WebElement::click);
        WebElement measured = item.findElement(By.cssSelector(".emerald-keyresult[data-issue-key='OKR-5'] .emerald-value"));
        assertThat(measured.getText()).matches("\\d+ of \\d+ (issues|story points) done");
        assertThat(item.getText()).doesNotContainPattern("\\d\\.\\d{3,}");
        item.findElements(By.cssSelector(".emerald-score")).forEach(s -> assertThat(s.getText()).matches("Score \\d\\.\\d\\d"));
    }
}
