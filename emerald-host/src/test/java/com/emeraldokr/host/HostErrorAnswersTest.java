package com.emeraldokr.host;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.rest.WebApplicationExceptionMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error under /rest is Emerald's JSON error body, whether Jersey or Jetty answers it, and no
 * answer anywhere names the server software or its version.
 */
class HostErrorAnswersTest extends SeededHostTest {

    private static final BundleMessages MESSAGES = new BundleMessages(Locale.ENGLISH);

    /** The reply is {"errors":[{"field":"","message":…}]} with the message for its status, and names no server. */
    private static void assertJsonError(HostHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.body().size()).as("only \"errors\"").isEqualTo(1);
        assertThat(reply.body().get("errors")).hasSize(1);
        assertThat(fields(reply)).containsExactly("");
        assertThat(reply.body().get("errors").get(0).get("message").asText())
                .isEqualTo(MESSAGES.text(WebApplicationExceptionMapper.messageKey(status), status));
        assertNamesNoServer(reply);
    }

    private static void assertNamesNoServer(HostHttp.Reply reply) {
        assertThat(reply.text()).doesNotContainIgnoringCase("jetty");
        for (Map.Entry<String, List<String>> header : reply.headers().map().entrySet()) {
            assertThat(header.getKey()).isNotEqualToIgnoringCase("Server").isNotEqualToIgnoringCase("X-Powered-By");
            assertThat(header.getValue()).allSatisfy(v -> assertThat(v).doesNotContainIgnoringCase("jetty"));
        }
    }

    @Test
    void anUnknownPathUnderTheApiIsAJsonNotFound() {
        assertJsonError(http.get(API + "/no-such-resource"), 404);
        assertJsonError(http.get(API + "/cycles/1/no-such-part"), 404);
    }

    @Test
    void anUnknownPathUnderRestOutsideTheApiIsAJsonNotFound() {
        assertJsonError(http.get("/rest/other/1.0/things"), 404);
        assertJsonError(http.get("/rest"), 404);
        // a method the servlet under / does not take: still JSON under /rest
        assertJsonError(http.request("DELETE", "/rest/other", null), 405);
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsAJsonMethodNotAllowedNamingTheAllowedOnes() {
        HostHttp.Reply reply = http.request("DELETE", API + "/cycles", null);
        assertJsonError(reply, 405);
        assertThat(reply.header("Allow")).contains("GET").contains("POST");
        assertJsonError(http.request("PATCH", API + "/gadgets/okr-progress", "{}", "Content-Type", "application/json"), 405);
    }

    @Test
    void anAcceptHeaderWithoutJsonIsAJsonNotAcceptable() {
        assertJsonError(http.request("GET", API + "/cycles", null, "Accept", "text/html"), 406);
        assertJsonError(http.request("GET", API + "/gadgets/okr-progress", null, "Accept", "application/xml"), 406);
    }

    @Test
    void aBodyThatIsNotJsonIsAJsonUnsupportedMediaType() {
        assertJsonError(http.request("POST", API + "/cycles", "name=Q1", "Content-Type", "application/x-www-form-urlencoded"), 415);
        assertJsonError(http.request("POST", API + "/cycles", "<cycle/>", "Content-Type", "text/xml"), 415);
    }

    @Test
    void theServerNamesItselfNowhere() {
        assertNamesNoServer(http.get(API + "/cycles"));
        assertNamesNoServer(http.get("/"));
        assertNamesNoServer(http.get("/status"));
    }

    @Test
    void aMissingPageOutsideRestIsTheHostsOwnPageWithoutServerOrVersion() {
        for (String path : List.of("/no-such-page", "/static/host/none.js", "/browse/NOPE-1")) {
            HostHttp.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(reply.text()).as(path).contains("There is no page at this address.")
                    .doesNotContainIgnoringCase("powered by").doesNotContain("12.0");
            assertNamesNoServer(reply);
        }
        for (String path : List.of("/status", "/host/dashboard-items/x")) {
            HostHttp.Reply wrongMethod = http.request("POST", path, "");
            assertThat(wrongMethod.status()).as(path).isEqualTo(405);
            assertThat(wrongMethod.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(wrongMethod.text()).as(path).contains("HTTP 405");
            assertNamesNoServer(wrongMethod);
        }
    }

    /** A request Jetty cannot parse never reaches the servlets; its answer names no server either. */
    @Test
    void aRequestJettyCannotParseIsAnsweredWithoutJettysPage() throws IOException {
        try (Socket socket = new Socket("localhost", host.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /rest/emerald/1.0/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).doesNotContainIgnoringCase("jetty").doesNotContainIgnoringCase("Server:")
                    .doesNotContainIgnoringCase("powered by");
        }
    }
}
