package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
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
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in headless Chromium: what a manager sees of the OKR progress gadget. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest extends BrowserSession {

    private static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";


    private List<WebElement> openDashboard() {
        host.restRequests().reset();
        browser.get("http://localhost:" + host.port() + "/");
        waitUntilLoaded();
        return browser.findElements(By.cssSelector(".emerald-objective"));
    }

    /** Every item has finished its request (the trend item without a key result makes none). */
    private void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".emerald-gadget")).size() == 4
                && d.findElements(By.cssSelector(".emerald-gadget[aria-busy='true']")).isEmpty());
    }


    @Test
    @Order(1)
    void showsEachObjectiveWithTheProgressTheRestApiReportsFromOneRequest() throws IOException {
        List<WebElement> shown = openDashboard();

        assertThat(host.restRequests().requests()).as("one REST request per dashboard item")
                .hasSize(4)
                .anySatisfy(r -> assertThat(r).startsWith("GET /rest/emerald/1.0/gadgets/okr-progress"))
                .anySatisfy(r -> assertThat(r).startsWith("GET /rest/emerald/1.0/gadgets/kpi-health"))
                .anySatisfy(r -> assertThat(r).startsWith("GET /rest/emerald/1.0/gadgets/cycle-overview"))
                .anySatisfy(r -> assertThat(r).startsWith("GET /rest/emerald/1.0/gadgets/key-result-trend"));
        JsonNode objectives = http.get("/rest/emerald/1.0/gadgets/okr-progress").body().get("objectives");
        assertThat(shown).hasSize(objectives.size()).isNotEmpty();
        for (int i = 0; i < objectives.size(); i++) {
            JsonNode expected = objectives.get(i);
            WebElement row = shown.get(i);
            assertThat(row.getAttribute("data-issue-key")).isEqualTo(expected.get("issueKey").asText());
            assertThat(row.findElement(By.cssSelector(".emerald-meta .emerald-percent")).getText())
                    .isEqualTo(expected.get("percent").asInt() + "%");
            assertThat(row.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow"))
                    .isEqualTo(String.valueOf(expected.get("percent").asInt()));
            assertThat(row.findElement(By.cssSelector(".emerald-score")).getText())
                    .isEqualTo("Score " + new BigDecimal(expected.get("score").asText()).setScale(2, java.math.RoundingMode.HALF_UP));
            // status in words, not colour alone
            assertThat(row.findElement(By.cssSelector(".emerald-status")).getText()).isNotBlank()
                    .doesNotContain("_");
        }

        WebElement first = shown.get(0);
        WebElement toggle = first.findElement(By.cssSelector("button.emerald-toggle"));
        assertThat(first.findElement(By.cssSelector(".emerald-keyresults")).isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> keyResults = first.findElements(By.cssSelector(".emerald-keyresult"));
        assertThat(keyResults).hasSize(objectives.get(0).get("keyResults").size());
        assertThat(keyResults.get(0).isDisplayed()).isTrue();
        assertThat(keyResults.get(0).findElement(By.cssSelector(".emerald-percent")).getText())
                .isEqualTo(objectives.get(0).get("keyResults").get(0).get("percent").asInt() + "%");
        screenshot(browser, "dashboard.png");
    }

    @Test
    @Order(3)
    void thePlanningPageReadsAsAConfluencePage() throws IOException {
        browser.get("http://localhost:" + host.port() + "/confluence/");
        assertThat(browser.findElements(By.cssSelector(".emerald-plan-table tr.emerald-plan-objective"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector(".emerald-kpi-table svg.emerald-sparkline"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".emerald-objective-card h3")).getText()).startsWith("OKR-1");
        screenshot(browser, "confluence-planning-page.png");
    }

    /** Runs after the seeded-data test, so dashboard.png shows the demo company alone. */
    @Test
    @Order(2)
    void aHostileSummaryIsShownAsText() throws IOException {
        String objective = host.issues().create(new SandboxIssueDirectory.NewIssue("EVIL", "Objective", HOSTILE, "new", null, null)).key();
        String kr = host.issues().create(new SandboxIssueDirectory.NewIssue("EVIL", "Key Result", HOSTILE, "new", null, null)).key();
        long cycle = http.get("/rest/emerald/1.0/gadgets/okr-progress").body().get("cycle").get("id").asLong();
        assertThat(http.post("/rest/emerald/1.0/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                 {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":10,"unit":"<b>u</b>"}]}""".formatted(objective, cycle, kr))
                .status()).isEqualTo(201);

        List<WebElement> shown = openDashboard();

        WebElement evil = shown.stream().filter(e -> objective.equals(e.getAttribute("data-issue-key"))).findFirst().orElseThrow();
        assertThat(evil.findElement(By.cssSelector(".emerald-issue-summary")).getText()).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector(".emerald-okr-progress img, .emerald-okr-progress script, .emerald-okr-progress b")))
                .isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
        screenshot(browser, "dashboard-hostile-title.png");
    }
}
