package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI health item's recovery proposals as actions: Accept creates the objective (asking for a project
 * when the KPI is company-wide), Dismiss asks for a reason; the tile then shows the decision.
 */
class KpiProposalBrowserTest extends BrowserSession {

    private static final String API = "/rest/emerald/1.0";

    private void open() {
        browser.get("http://localhost:" + host.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".emerald-gadget")).size() == 4
                && d.findElements(By.cssSelector(".emerald-gadget[aria-busy='true']")).isEmpty());
    }

    private WebElement tile(long kpiId) {
        return browser.findElement(By.cssSelector("#kpi-health .emerald-kpi-tile[data-kpi-id='" + kpiId + "']"));
    }

    private long kpiNamed(String name) {
        for (JsonNode k : http.get(API + "/kpis").body()) {
            if (k.get("name").asText().equals(name)) {
                return k.get("id").asLong();
            }
        }
        throw new AssertionError("no KPI " + name);
    }

    private void waitForState(long kpiId, String state) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(
                "#kpi-health .emerald-kpi-tile[data-kpi-id='" + kpiId + "'] .emerald-kpi-recovery[data-state='" + state + "']")).isEmpty());
    }

    @Test
    void aRecoveryProposalIsAcceptedAndAnotherDismissedFromTheKpiHealthItem() throws IOException {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        HostHttp.Reply queue = http.post(API + "/kpis", """
                {"name":"Queue length","direction":"LOWER_IS_BETTER","target":10,"cadence":"MONTHLY","category":"OPERATIONAL",
                 "projectKey":"PLAT"}""");
        long queueId = queue.body().get("id").asLong();
        http.put(API + "/kpis/" + queueId + "/measurements/" + now.minusMonths(2), "{\"value\":30}");
        http.put(API + "/kpis/" + queueId + "/measurements/" + now.minusMonths(1), "{\"value\":40}");
        long resolution = kpiNamed("Median support resolution time");
        open();

        WebElement open = tile(resolution).findElement(By.cssSelector(".emerald-kpi-recovery"));
        assertThat(open.getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(open.findElement(By.cssSelector(".emerald-kpi-accept")).getText()).isEqualTo("Accept");
        screenshot(tile(resolution), "kpi-proposal-open.png");

        // a company-wide KPI: Accept asks which project the objective goes into
        open.findElement(By.cssSelector(".emerald-kpi-accept")).click();
        WebElement project = tile(resolution).findElement(By.cssSelector("input[name='project']"));
        project.sendKeys("OKR");
        screenshot(tile(resolution), "kpi-proposal-accept-form.png");
        tile(resolution).findElement(By.cssSelector(".emerald-kpi-confirm")).click();
        waitForState(resolution, "ACCEPTED");
        WebElement accepted = tile(resolution).findElement(By.cssSelector(".emerald-kpi-recovery"));
        String objectiveKey = accepted.findElement(By.cssSelector(".emerald-issue-key")).getText();
        assertThat(objectiveKey).startsWith("OKR-");
        assertThat(accepted.findElements(By.cssSelector(".emerald-kpi-accept"))).isEmpty();
        assertThat(http.get(API + "/objectives/" + objectiveKey).body().get("summary").asText())
                .isEqualTo("Bring Median support resolution time back to health");
        screenshot(tile(resolution), "kpi-proposal-accepted.png");

        // Dismiss needs a reason: without one the server's refusal shows in place
        tile(queueId).findElement(By.cssSelector(".emerald-kpi-dismiss")).click();
        tile(queueId).findElement(By.cssSelector(".emerald-kpi-confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                tile(queueId).findElement(By.cssSelector(".emerald-kpi-decision-error")).isDisplayed());
        assertThat(tile(queueId).findElement(By.cssSelector(".emerald-kpi-decision-error")).getText()).startsWith("Not done:");
        tile(queueId).findElement(By.cssSelector("textarea[name='reason']")).sendKeys("Seasonal peak, it passes");
        tile(queueId).findElement(By.cssSelector(".emerald-kpi-confirm")).click();
        waitForState(queueId, "DISMISSED");
        assertThat(tile(queueId).findElement(By.cssSelector(".emerald-kpi-decision")).getText()).contains("Seasonal peak, it passes");
        assertThat(http.get(API + "/kpis/" + queueId).body().get("recovery").get("decision").get("state").asText())
                .isEqualTo("DISMISSED");
        screenshot(browser.findElement(By.id("kpi-health")), "kpi-proposals-decided.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
