package com.emeraldokr.host;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (the npm release the build unpacks into the test class path) run in the page under
 * test: the WCAG 2 A and AA rules, reporting the violations of serious or critical impact.
 */
final class Axe {

    private static final String SOURCE = read();

    private Axe() {
    }

    private static String read() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path; run the generate-resources phase");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each serious or critical violation as "rule: target …" lines, empty when the page passes. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor browser) {
        browser.executeScript(SOURCE);
        Object result = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(function (r) {
                        done(r.violations.filter(function (v) {
                            return v.impact === 'serious' || v.impact === 'critical';
                        }).map(function (v) {
                            return v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                                return n.target.join(' ');
                            }).join(', ');
                        }));
                    }, function (e) {
                        done(['axe failed: ' + e]);
                    });
                """);
        return (List<String>) result;
    }
}
