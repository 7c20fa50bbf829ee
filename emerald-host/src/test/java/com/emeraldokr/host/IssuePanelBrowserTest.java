package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The key-result panel on the sandbox issue view in headless Chromium: what a key-result owner sees and does. */
class IssuePanelBrowserTest extends BrowserSession {

    private static final String API = SeededHostTest.API;

    private void open(String issueKey) {
        browser.get("http://localhost:" + host.port() + "/browse/" + issueKey);
    }

    private WebElement form() {
        return browser.findElement(By.cssSelector("form.emerald-checkin-form"));
    }

    @Test
    void aCheckInFromThePanelIsStoredAndShownAfterTheReload() throws IOException {
        open("OKR-3");
        int before = browser.findElements(By.cssSelector(".emerald-checkins tbody tr")).size();
        int restBefore = http.get(API + "/key-results/OKR-3").body().get("checkIns").size();
        form().findElement(By.name("value")).sendKeys("8");
        form().findElement(By.name("confidence")).sendKeys("7");
        form().findElement(By.name("note")).sendKeys("<b>bold</b> from the panel");
        form().findElement(By.cssSelector("button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector(".emerald-checkins tbody tr")).size() == Math.min(before + 1, 5));
        WebElement history = browser.findElement(By.cssSelector("details.emerald-panel-history"));
        assertThat(history.getAttribute("open")).as("the history starts collapsed").isNull();
        assertThat(history.findElement(By.tagName("summary")).getText()).isEqualTo("Check-ins (" + (restBefore + 1) + ")");
        history.findElement(By.tagName("summary")).click();
        JsonNode kr = http.get(API + "/key-results/OKR-3").body();
        assertThat(kr.get("checkIns")).hasSize(restBefore + 1);
        JsonNode latest = kr.get("checkIns").get(kr.get("checkIns").size() - 1);
        assertThat(latest.get("value").decimalValue()).isEqualByComparingTo("8");
        assertThat(latest.get("confidence").asInt()).isEqualTo(7);
        WebElement newest = browser.findElements(By.cssSelector(".emerald-checkins tbody tr")).get(0);
        assertThat(newest.getText()).contains("8").contains("7/10").contains("<b>bold</b> from the panel");
        assertThat(newest.findElements(By.tagName("b"))).as("the note is text, not markup").isEmpty();
        assertThat(browser.findElement(By.cssSelector(".emerald-keyresult-panel [role=progressbar]")).getAttribute("aria-valuenow"))
                .isEqualTo(String.valueOf(kr.get("percent").asInt()));
        screenshot(browser, "issue-panel-key-result.png");
    }

    @Test
    void aRefusedCheckInShowsTheServersReasonAndStoresNothing() {
        open("OKR-4");
        int restBefore = http.get(API + "/key-results/OKR-4").body().get("checkIns").size();
        form().findElement(By.name("value")).sendKeys("1.123456789012");
        form().findElement(By.name("confidence")).sendKeys("5");
        form().findElement(By.cssSelector("button[type=submit]")).click();

        WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".emerald-checkin-message.emerald-panel-error"));
            return shown.isEmpty() ? null : shown.get(0);
        });
        assertThat(message.getText()).contains("value").contains("10");
        assertThat(form().findElement(By.cssSelector("button[type=submit]")).isEnabled()).isTrue();
        assertThat(http.get(API + "/key-results/OKR-4").body().get("checkIns")).hasSize(restBefore);
    }

    @Test
    void anEpicIsLinkedAndUnlinkedFromThePanelAndAStoryIsRefused() {
        open("OKR-7");
        WebElement linkForm = browser.findElement(By.cssSelector("form.emerald-link-epic-form"));
        linkForm.findElement(By.name("epicKey")).sendKeys("PLAT-2");
        linkForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement refused = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".emerald-link-message.emerald-panel-error"));
            return shown.isEmpty() ? null : shown.get(0);
        });
        assertThat(refused.getText()).contains("PLAT-2").contains("not an epic");

        browser.findElement(By.cssSelector("form.emerald-link-epic-form input[name=epicKey]")).clear();
        browser.findElement(By.cssSelector("form.emerald-link-epic-form input[name=epicKey]")).sendKeys("GROW-1");
        browser.findElement(By.cssSelector("form.emerald-link-epic-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".emerald-epics li")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".emerald-epics li"))).extracting(e -> e.getAttribute("data-issue-key"))
                .containsExactly("GROW-1");
        assertThat(http.get(API + "/key-results/OKR-7").body().get("completion").get("epics").get(0).get("issueKey").asText())
                .isEqualTo("GROW-1");

        browser.findElement(By.cssSelector(".emerald-unlink-epic[data-epic-key='GROW-1']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".emerald-epics li")).isEmpty()
                && !d.findElements(By.cssSelector("form.emerald-link-epic-form")).isEmpty());
        assertThat(http.get(API + "/key-results/OKR-7").body().get("completion").isNull()).isTrue();
    }

    @Test
    void theMeasuredKeyResultListsItsEpicsAndHasNoForm() throws IOException {
        open("OKR-5");
        List<WebElement> epics = browser.findElements(By.cssSelector(".emerald-epics li"));
        assertThat(epics).extracting(e -> e.getAttribute("data-issue-key")).containsExactly("PLAT-1", "PLAT-6");
        assertThat(epics.get(0).getText()).as("2 of its 4 stories; the epic is no work").contains("50%");
        assertThat(browser.findElements(By.cssSelector("form.emerald-checkin-form"))).as("no check-ins for a measured key result").isEmpty();
        epics.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/browse/PLAT-1"));
        assertThat(browser.findElement(By.id("summary-val")).getText()).isEqualTo("Remote build cache for all services");
        open("OKR-5");
        screenshot(browser, "issue-panel-measured.png");
    }
}
