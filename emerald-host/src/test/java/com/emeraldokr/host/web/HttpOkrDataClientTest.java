package com.emeraldokr.host.web;

import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.confluence.KpiStatusMacro;
import com.emeraldokr.confluence.OkrObjectiveMacro;
import com.emeraldokr.confluence.OkrPlanMacro;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The host's stand-in for the application link: the macros' requests, whatever their parameters,
 * reach only the configured base's host and port, only under /rest/emerald/1.0, with the viewer's
 * credentials and nothing a parameter could add (no header, no query, no fragment).
 */
class HttpOkrDataClientTest {

    private static final List<String> HOSTILE = List.of("http://evil.example/", "//evil.example", "@evil.example",
            "OKR-1@evil.example:80", "../../../backup", "%2e%2e/%2e%2e/backup", "..%2Fbackup", "OKR-1/../../backup",
            "OKR-1?lint=true", "OKR-1#x", "OKR-1\r\nHost: evil.example", "OKR%0d%0aX-Injected:%201", "OKR-1\u0000",
            "\uFF2F\uFF2B\uFF32-1", "FINANCIAL\r\nX: y");

    /** One request the recording server saw. */
    record Seen(String host, String rawPath, String rawQuery, String authorization, String injected) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer jira;
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);

    @BeforeEach
    void recordingJira() throws IOException {
        jira = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jira.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            seen.add(new Seen(exchange.getRequestHeaders().getFirst("Host"), uri.getRawPath(), uri.getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("X-Injected")));
            byte[] body = "{\"errors\":[{\"field\":\"issueKey\",\"message\":\"none\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jira.start();
    }

    @AfterEach
    void stop() {
        jira.stop(0);
    }

    private HttpOkrDataClient client() {
        URI base = URI.create("http://127.0.0.1:" + jira.getAddress().getPort() + "/");
        return new HttpOkrDataClient(() -> base, () -> Map.of("Authorization", "Basic dmlld2VyOnZpZXdlcg=="), messages);
    }

    private static Map<String, String> with(String name, String value, String... others) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < others.length; i += 2) {
            parameters.put(others[i], others[i + 1]);
        }
        parameters.put(name, value);
        return parameters;
    }

    @Test
    void macroRequestsGoToTheLinkedHostsEmeraldApiOnly() throws Exception {
        HttpOkrDataClient client = client();
        OkrPlanMacro plan = new OkrPlanMacro(client, messages);
        OkrObjectiveMacro objective = new OkrObjectiveMacro(client, messages);
        KpiStatusMacro kpis = new KpiStatusMacro(client, messages);
        for (String value : HOSTILE) {
            objective.execute(with("key", value), "", null);
            plan.execute(with("project", value), "", null);
            plan.execute(with("cycle", value, "project", "OKR"), "", null);
            kpis.execute(with("project", value), "", null);
            kpis.execute(with("category", value), "", null);
        }
        objective.execute(with("key", "OKR-3"), "", null);
        plan.execute(with("project", "OKR", "cycle", "2"), "", null);
        kpis.execute(with("category", "people"), "", null);

        String self = "127.0.0.1:" + jira.getAddress().getPort();
        assertThat(seen).extracting(Seen::rawPath).containsExactlyInAnyOrder(
                "/rest/emerald/1.0/objectives/OKR-3", "/rest/emerald/1.0/gadgets/okr-plan", "/rest/emerald/1.0/kpis");
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.host()).isEqualTo(self);
            assertThat(s.authorization()).isEqualTo("Basic dmlld2VyOnZpZXdlcg==");
            assertThat(s.injected()).isNull();
            assertThat(s.rawQuery() == null ? "" : s.rawQuery()).matches("(project=[A-Z]*&(lint=false&cycleId=2|category=[A-Z]*))?");
        });
    }

    @Test
    void theClientRefusesAValueOutsideTheKeySyntaxWithoutARequest() {
        HttpOkrDataClient client = client();
        for (String value : HOSTILE) {
            assertThatThrownBy(() -> client.objective(value)).as(value).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.plan(value, 1L, true)).as(value).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.kpis(value, null)).as(value).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> client.objective("OKR-1")).isInstanceOfAny(NotFoundException.class, OkrDataUnavailableException.class);
        assertThat(seen).singleElement().extracting(Seen::rawPath).isEqualTo("/rest/emerald/1.0/objectives/OKR-1");
    }
}
