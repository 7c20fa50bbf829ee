package com.emeraldokr.host;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The OKR settings page: drawn from GET /settings, saved with PUT, refused fields marked beside themselves, accessible. */
class SettingsPageBrowserTest extends BrowserSession {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("#emerald-okr-settings [name='" + name + "']"));
    }

    @Test
    void anAdministratorChangesTheSettingsAndSeesRefusedFieldsBesideThemselves() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        logIn("admin", "admin");
        browser.get("http://localhost:" + host.port() + "/settings");
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-settings-form")).isEmpty());
        assertThat(field("gradeGreenFrom").getAttribute("value")).isEqualTo("0.7");
        assertThat(field("alignmentRollup").isSelected()).isTrue();
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        field("timeZone").clear();
        field("timeZone").sendKeys("Atlantis/Capital");
        browser.findElement(By.cssSelector(".emerald-settings-save")).click();
        WebElement error = waiting().until(d -> d.findElements(By.cssSelector("[data-field='timeZone'] .error")).stream()
                .filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertThat(error.getText()).contains("Atlantis/Capital");
        assertThat(field("timeZone").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(http.get("/rest/emerald/1.0/settings").body().get("timeZone").asText()).as("nothing saved").isEqualTo("Z");
        screenshot(browser, "settings-refused.png");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        field("timeZone").clear();
        field("timeZone").sendKeys("Europe/Berlin");
        new Select(field("defaultCadence")).selectByValue("BIWEEKLY");
        field("teamCadences").sendKeys("PLAT=MONTHLY");
        browser.findElement(By.cssSelector(".emerald-settings-save")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".emerald-settings-status .aui-message-success")).isEmpty());
        var saved = http.get("/rest/emerald/1.0/settings").body();
        assertThat(saved.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(saved.get("defaultCadence").asText()).isEqualTo("BIWEEKLY");
        assertThat(saved.get("teamCadences").get("PLAT").asText()).isEqualTo("MONTHLY");
        screenshot(browser, "settings-saved.png");
    }

    @Test
    void someoneWhoDoesNotAdministerIsToldSoAndSeesNoSettings() throws IOException {
        browser.manage().deleteAllCookies();
        logIn("nora", "nora");
        browser.get("http://localhost:" + host.port() + "/settings");
        WebElement message = waiting().until(d -> d.findElements(By.cssSelector(".emerald-settings-status .aui-message-error"))
                .stream().findFirst().orElse(null));
        assertThat(message.getText()).contains("administrators");
        assertThat(browser.findElements(By.cssSelector(".emerald-settings-form"))).isEmpty();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.manage().deleteAllCookies();
    }
}
