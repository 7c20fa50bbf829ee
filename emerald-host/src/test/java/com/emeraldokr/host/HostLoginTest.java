package com.emeraldokr.host;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in as a browser does: the login form (with its token), the session, the user in the top
 * navigation, the session's form token as an alternative to the XSRF header, and logging out; and
 * the access log that records every request with its user.
 */
class HostLoginTest extends SeededHostTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    /** A browser-like client: it keeps cookies and does not follow redirects. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String... fields) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(body.isEmpty() ? "" : "&").append(fields[i]).append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> json(String method, String path, String json, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String user, String password, String next) throws IOException, InterruptedException {
            String token = token(get("/login").body());
            return form("/login", "atl_token", token, "username", user, "password", password, "next", next);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + host.port() + path);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the page carries a form token").isTrue();
        return m.group(1);
    }

    @Test
    void aBrowserLogsInSeesItsUserAndLogsOut() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> before = browser.get("/okrs?project=OKR");
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location")).hasValue("/login?next=%2Fokrs%3Fproject%3DOKR");

        HttpResponse<String> wrong = browser.logIn("priya", "nope", "/okrs");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("aui-message-error", "incorrect");

        HttpResponse<String> login = browser.logIn("priya", "priya", "/okrs?project=OKR");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/okrs?project=OKR");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));

        HttpResponse<String> page = browser.get("/okrs?project=OKR");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Priya Raman (priya)", "data-user=\"priya\"", "action=\"/logout\"");
        assertThat(browser.get("/rest/emerald/1.0/gadgets/cycle-overview").statusCode()).isEqualTo(200);
        assertThat(browser.get("/confluence/").body()).as("the macros read as the logged-in viewer")
                .contains("Make every deploy boring").doesNotContain("emerald-macro-message");

        HttpResponse<String> forgedLogout = browser.form("/logout", "atl_token", "0000");
        assertThat(forgedLogout.statusCode()).isEqualTo(403);
        HttpResponse<String> logout = browser.form("/logout", "atl_token", token(page.body()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/okrs").statusCode()).isEqualTo(302);
        assertThat(browser.get("/rest/emerald/1.0/cycles").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginFormWithoutItsTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        HttpResponse<String> forged = browser.form("/login", "username", "admin", "password", "admin");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/okrs").statusCode()).isEqualTo(302);
    }

    @Test
    void aLoginOnlyEverGoesOnToAPathOfThisHost() throws Exception {
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "")) {
            HttpResponse<String> login = new Browser().logIn("admin", "admin", next);
            assertThat(login.headers().firstValue("Location")).as(next).hasValue("/");
        }
    }

    @Test
    void theSessionsFormTokenStandsInForTheXsrfHeader() throws Exception {
        Browser browser = new Browser();
        browser.logIn("admin", "admin", "/");
        String token = token(browser.get("/okrs").body());
        String checkIn = "{\"value\":17,\"confidence\":6}";
        assertThat(browser.json("POST", API + "/key-results/OKR-2/check-ins", checkIn).statusCode())
                .as("neither header nor token").isEqualTo(403);
        assertThat(browser.json("POST", API + "/key-results/OKR-2/check-ins?atl_token=0123", checkIn).statusCode())
                .as("someone else's token").isEqualTo(403);
        assertThat(browser.json("POST", API + "/key-results/OKR-2/check-ins?atl_token=" + token, checkIn).statusCode())
                .isEqualTo(201);
        assertThat(browser.json("POST", API + "/key-results/OKR-2/check-ins", checkIn, "X-Atlassian-Token", "no-check")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void theAccessLogHasEveryRequestWithItsStatusTimeAndUser() throws Exception {
        String marker = "/rest/emerald/1.0/cycles?access-log=" + System.nanoTime();
        assertThat(http.get(marker).status()).isEqualTo(200);
        assertThat(HostHttp.anonymous(host.port()).get("/rest/emerald/1.0/kpis").status()).isEqualTo(401);
        assertThat(HostHttp.anonymous(host.port()).get("/okrs").status()).isEqualTo(302);
        // a line is written once the answer is on its way, so the client may be a moment ahead of it
        List<String> lines = Files.readAllLines(host.accessLog());
        for (int wait = 0; wait < 50 && lines.stream().noneMatch(l -> l.contains(" GET /okrs 302 ")); wait++) {
            Thread.sleep(100);
            lines = Files.readAllLines(host.accessLog());
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\S+Z GET /rest/emerald/1\\.0/cycles 200 \\d+ms admin"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\S+Z GET /rest/emerald/1\\.0/kpis 401 \\d+ms -"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\S+Z GET /okrs 302 \\d+ms -"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("access-log="));
        assertThat(host.accessLog()).hasParent(dataDir.toAbsolutePath().normalize());
    }
}
