package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** KPI and key-result editing over real HTTP against a host on a free port. */
class HostKpiRestTest extends SeededHostTest {

    private static final String UPTIME = """
            {"name":"Checkout uptime","unit":"%","direction":"HIGHER_IS_BETTER","target":99.9,"cadence":"MONTHLY",
             "category":"OPERATIONAL","timing":"LAGGING","projectKey":"shop"}""";

    /** KPIs of project SHOP are visible where SHOP exists: the sandbox's projects exist once they hold an issue. */
    @BeforeAll
    void theShopProjectExists() {
        host.issues().create(new SandboxIssueDirectory.NewIssue("SHOP", "Story", "Checkout page", "new", null, null));
    }

    private long createUptime() {
        HostHttp.Reply created = http.post(API + "/kpis", UPTIME);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void theSeededUnhealthyKpiProposesARecoveryOkr() {
        JsonNode kpis = http.get(API + "/kpis").body();
        assertThat(kpis.size()).isGreaterThanOrEqualTo(4);
        JsonNode resolution = null;
        for (JsonNode k : kpis) {
            if (k.get("name").asText().equals("Median support resolution time")) {
                resolution = k;
            }
        }
        assertThat(resolution).isNotNull();
        assertThat(resolution.get("current").get("health").asText()).isEqualTo("UNHEALTHY");
        assertThat(resolution.get("recovery").get("objective").asText()).isEqualTo("Bring Median support resolution time back to health");
        assertThat(resolution.get("recovery").get("kind").asText()).isEqualTo("DECREASE_TO");
        assertThat(resolution.get("history")).hasSize(12);
        assertThat(http.get(API + "/kpis?category=FINANCIAL").body()).allSatisfy(k ->
                assertThat(k.get("category").asText()).isEqualTo("FINANCIAL"));
    }

    @Test
    void aKpiIsCreatedMeasuredIdempotentlyAndRead() {
        long id = createUptime();
        HostHttp.Reply first = http.put(API + "/kpis/" + id + "/measurements/2026-10", "{\"value\":99.95}");
        assertThat(first.status()).isEqualTo(201);
        HostHttp.Reply again = http.put(API + "/kpis/" + id + "/measurements/2026-10", "{\"value\":99.97,\"note\":\"recount\"}");
        assertThat(again.status()).isEqualTo(200);
        JsonNode measurements = http.get(API + "/kpis/" + id + "/measurements?last=60").body();
        assertThat(measurements).hasSize(1);
        assertThat(measurements.get(0).get("value").decimalValue()).isEqualByComparingTo("99.97");
        JsonNode kpi = http.get(API + "/kpis/" + id).body();
        assertThat(kpi.get("projectKey").asText()).isEqualTo("SHOP");
        assertThat(kpi.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void badKpisAndMeasurementsNameEachProblem() {
        HostHttp.Reply bad = http.post(API + "/kpis", """
                {"name":"","direction":"SIDEWAYS","cadence":"HOURLY","category":"FUN","tolerance":-1,"earlyWarningPeriods":0}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "direction", "cadence", "category", "tolerance",
                "earlyWarningPeriods");
        HostHttp.Reply noTarget = http.post(API + "/kpis", UPTIME.replace("\"target\":99.9,", ""));
        assertThat(fields(noTarget)).containsExactly("target");
        HostHttp.Reply relativeToZero = http.post(API + "/kpis", UPTIME.replace("\"target\":99.9",
                "\"target\":0,\"toleranceType\":\"RELATIVE\",\"tolerance\":0.1"));
        assertThat(fields(relativeToZero)).containsExactly("toleranceType");
        assertThat(relativeToZero.body().get("errors").get(0).get("message").asText()).contains("absolute tolerance");
        long id = createUptime();
        assertThat(fields(http.put(API + "/kpis/" + id + "/measurements/2026-W47", "{\"value\":1}"))).containsExactly("period");
        assertThat(fields(http.put(API + "/kpis/" + id + "/measurements/soon", "{\"value\":1}"))).containsExactly("period");
        assertThat(fields(http.put(API + "/kpis/" + id + "/measurements/2026-10", "{\"value\":NaN}"))).containsExactly("value");
        assertThat(http.put(API + "/kpis/999999/measurements/2026-10", "{\"value\":1}").status()).isEqualTo(404);
        assertThat(http.get(API + "/kpis/abc").status()).isEqualTo(400);
        assertThat(http.get(API + "/kpis/" + id + "/measurements").body()).isEmpty();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        long id = createUptime();
        String edit = UPTIME.replace("Checkout uptime", "Checkout availability").replace("}", ",\"version\":1}");
        assertThat(http.put(API + "/kpis/" + id, edit).status()).isEqualTo(200);
        HostHttp.Reply stale = http.put(API + "/kpis/" + id, UPTIME.replace("}", ",\"version\":1}"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
        assertThat(http.get(API + "/kpis/" + id).body().get("name").asText()).isEqualTo("Checkout availability");
    }

    @Test
    void archivedKpisKeepHistoryAndArePurgedOnlyOnPurpose() {
        long id = createUptime();
        http.put(API + "/kpis/" + id + "/measurements/2026-09", "{\"value\":99.1}");
        assertThat(http.post(API + "/kpis/" + id + "/purge", "{\"confirm\":\"Checkout uptime\"}").status()).isEqualTo(409);
        assertThat(http.post(API + "/kpis/" + id + "/archive", "{\"version\":1}").body().get("archived").asBoolean()).isTrue();
        assertThat(http.put(API + "/kpis/" + id + "/measurements/2026-10", "{\"value\":1}").status()).isEqualTo(409);
        assertThat(http.get(API + "/kpis/" + id + "/measurements?last=120").body()).hasSize(1);
        assertThat(fields(http.post(API + "/kpis/" + id + "/purge", "{\"confirm\":\"checkout\"}"))).containsExactly("confirm");
        JsonNode purged = http.post(API + "/kpis/" + id + "/purge", "{\"confirm\":\"Checkout uptime\"}").body();
        assertThat(purged.get("measurementsDeleted").asInt()).isEqualTo(1);
        assertThat(http.get(API + "/kpis/" + id).status()).isEqualTo(404);
    }

    @Test
    void keyResultEditsCarryTheirVersion() {
        JsonNode objective = http.get(API + "/gadgets/okr-progress").body().get("objectives").get(0);
        JsonNode kr = objective.get("keyResults").get(0);
        String key = kr.get("issueKey").asText();
        int version = kr.get("version").asInt();
        String body = """
                {"kind":"%s","start":%s,"target":%s,"unit":"%s","weight":3,"version":%d}"""
                .formatted(kr.get("kind").asText(), kr.get("start").asText(), kr.get("target").asText(), kr.get("unit").asText(), version);
        HostHttp.Reply edited = http.put(API + "/key-results/" + key, body);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("weight").decimalValue()).isEqualByComparingTo("3");
        assertThat(edited.body().get("version").asInt()).isEqualTo(version + 1);
        assertThat(http.put(API + "/key-results/" + key, body).status()).isEqualTo(409);
        assertThat(fields(http.put(API + "/key-results/" + key, "{\"kind\":\"INCREASE_TO\",\"start\":5,\"target\":1}")))
                .containsExactlyInAnyOrder("version", "target");
    }
}
