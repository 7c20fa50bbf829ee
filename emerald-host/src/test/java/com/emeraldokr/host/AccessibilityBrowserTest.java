package com.emeraldokr.host;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page the host shows passes axe-core's WCAG 2 A/AA rules with no serious or critical violation once it has drawn. */
class AccessibilityBrowserTest extends BrowserSession {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/okrs", "/okrs?project=OKR", "/browse/OKR-1", "/browse/OKR-2", "/browse/OKR-5", "/browse/PLAT-1", "/confluence/"})
    void pageHasNoSeriousAccessibilityViolation(String path) {
        browser.get("http://localhost:" + host.port() + path);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("[aria-busy=true], .emerald-loading")).isEmpty()
                        && !d.findElements(By.tagName("main")).isEmpty());

        assertThat(Axe.seriousViolations(browser)).as(path).isEmpty();
    }
}
