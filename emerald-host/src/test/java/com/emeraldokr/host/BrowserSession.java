package com.emeraldokr.host;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

/** A seeded host on a free port and a headless Chromium for one browser test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dataDir;
    EmeraldHost host;
    ChromeDriver browser;
    HostHttp http;

    @BeforeAll
    void startHostAndBrowser() throws IOException {
        host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, ""), Clock.systemUTC());
        http = new HostHttp(host.port());
        browser = HeadlessChromium.start();
        logIn("admin", "admin");
    }

    /** Logs the browser in through the login page, as a person would, and waits for the dashboard. */
    void logIn(String user, String password) {
        browser.get("http://localhost:" + host.port() + "/login");
        browser.findElement(By.id("login-username")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    void stopHostAndBrowser() {
        if (browser != null) {
            browser.quit();
        }
        host.close();
    }

    /** Saves a screenshot of the page or of one element under target/screenshots/. */
    void screenshot(TakesScreenshot subject, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(subject.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
