package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample planning page renders the three macros from live REST data, as readable HTML without script. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostPlanningPageTest {

    @TempDir
    static Path dataDir;
    private EmeraldHost host;
    private HostHttp http;
    private String page;

    @BeforeAll
    void start() {
        host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, ""), Clock.systemUTC());
        http = new HostHttp(host.port());
        HostHttp.Reply reply = http.get("/confluence/");
        assertThat(reply.status()).isEqualTo(200);
        page = reply.text();
    }

    @AfterAll
    void stop() {
        host.close();
    }

    private String row(String cssClass, String attribute, String value) {
        String classPart = cssClass.isEmpty() ? "" : "class=\"" + cssClass + "\" ";
        Matcher m = Pattern.compile("<tr " + classPart + attribute + "=\"" + Pattern.quote(value) + "\">(.*?)</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row %s %s", cssClass, value).isTrue();
        return m.group(1);
    }

    @Test
    void thePlanTableShowsWhatTheRestApiSays() {
        JsonNode plan = http.get("/rest/emerald/1.0/gadgets/okr-plan?project=OKR&lint=true").body();
        assertThat(plan.get("objectives")).hasSize(4);
        for (JsonNode o : plan.get("objectives")) {
            String row = row("emerald-plan-objective", "data-issue-key", o.get("issueKey").asText());
            assertThat(row).contains(o.get("percent").asInt() + "%", "data-status=\"" + o.get("status").asText() + "\"");
            for (JsonNode k : o.get("keyResults")) {
                assertThat(row("emerald-plan-keyresult", "data-issue-key", k.get("issueKey").asText()))
                        .contains(k.get("percent").asInt() + "%", "data-status=\"" + k.get("status").asText() + "\"");
            }
        }
    }

    @Test
    void theObjectiveCardAndTheKpiTableAreThereToo() {
        JsonNode objective = http.get("/rest/emerald/1.0/objectives/OKR-1").body();
        assertThat(page).contains("emerald-objective-card\" data-issue-key=\"OKR-1\"", objective.get("summary").asText());
        JsonNode kpis = http.get("/rest/emerald/1.0/kpis").body();
        for (JsonNode k : kpis) {
            assertThat(row("", "data-kpi-id", k.get("id").asText()).replaceAll("\\s+", " "))
                    .contains(k.get("name").asText(), "data-status=\"" + k.get("current").get("health").asText() + "\"", "<svg");
        }
    }

    @Test
    void thePageNeedsNoScriptToBeRead() {
        String macros = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(macros).doesNotContain("<script");
        assertThat(page).contains("<table class=\"aui emerald-plan-table\">", "<svg class=\"emerald-sparkline\"");
    }
}
