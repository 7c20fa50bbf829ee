package com.emeraldokr.host;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the host shows passes axe-core's WCAG 2 A/AA rules with no serious or critical
 * violation once it has drawn, at desktop width and on a 390 px phone, where the page never
 * scrolls sideways and the log-out button stays.
 */
class AccessibilityBrowserTest extends BrowserSession {

    private void open(String path, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get("http://localhost:" + host.port() + path);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("[aria-busy=true], .emerald-loading")).isEmpty()
                        && !d.findElements(By.tagName("main")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/okrs", "/okrs?project=OKR", "/browse/OKR-1", "/browse/OKR-2", "/browse/OKR-5", "/browse/PLAT-1", "/confluence/"})
    void pageHasNoSeriousAccessibilityViolation(String path) {
        open(path, 1280);
        assertThat(Axe.seriousViolations(browser)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/okrs", "/browse/OKR-1", "/browse/OKR-2", "/browse/PLAT-1", "/confluence/"})
    void pageHoldsOnAPhone(String path) throws IOException {
        open(path, 390);
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(pageWidth.intValue()).as("%s scrolls sideways", path).isLessThanOrEqualTo(viewport.intValue());
        if (!path.equals("/login")) {
            assertThat(browser.findElement(By.cssSelector(".emerald-host-logout button")).isDisplayed())
                    .as("%s: log out on a phone", path).isTrue();
        }
        assertThat(Axe.seriousViolations(browser)).as(path).isEmpty();
        screenshot(browser, "phone" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
    }
}
