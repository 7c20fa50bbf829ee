package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KPI health by tolerance band, measurement corrections and deletions with their audit trail, key results
 * measured by a KPI, and the loop's proposals accepted and dismissed, over real HTTP; then all of it through
 * a backup into an empty host.
 */
class HostKpiLoopRestTest extends SeededHostTest {

    @TempDir
    Path restoreDir;

    private static String month(int monthsAgo) {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(monthsAgo).toString();
    }

    private long createKpi(String json) {
        HostHttp.Reply created = http.post(API + "/kpis", json);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private void record(long kpiId, String period, String value) {
        HostHttp.Reply r = http.put(API + "/kpis/" + kpiId + "/measurements/" + period, "{\"value\":" + value + "}");
        assertThat(r.status()).as(r.body().toString()).isIn(200, 201);
    }

    private JsonNode kpi(long id) {
        return http.get(API + "/kpis/" + id).body();
    }

    private long activeCycle() {
        for (JsonNode c : http.get(API + "/cycles").body()) {
            if (c.get("state").asText().equals("ACTIVE")) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("the demo has an active cycle");
    }

    @Test
    void zeroTargetsWorkWithAnAbsoluteBand() {
        long incidents = createKpi("""
                {"name":"Sev-1 incidents","unit":"incidents","direction":"LOWER_IS_BETTER","target":0,"toleranceType":"ABSOLUTE",
                 "tolerance":1,"cadence":"MONTHLY","category":"OPERATIONAL","projectKey":"PLAT"}""");
        record(incidents, month(1), "0");
        assertThat(kpi(incidents).get("current").get("health").asText()).isEqualTo("HEALTHY");
        record(incidents, month(1), "1");
        assertThat(kpi(incidents).get("current").get("health").asText()).isEqualTo("WARNING");
        record(incidents, month(1), "2");
        JsonNode unhealthy = kpi(incidents);
        assertThat(unhealthy.get("current").get("health").asText()).isEqualTo("UNHEALTHY");
        assertThat(unhealthy.get("toleranceType").asText()).isEqualTo("ABSOLUTE");
        assertThat(unhealthy.get("tolerance").decimalValue()).isEqualByComparingTo("1");
        assertThat(unhealthy.get("earlyWarningPeriods").asInt()).isEqualTo(3);
    }

    @Test
    void aHealthyKpiWorseningThreePeriodsShowsAnEarlyWarning() {
        long nps = createKpi("""
                {"name":"NPS","direction":"HIGHER_IS_BETTER","target":-10,"toleranceType":"ABSOLUTE","tolerance":5,
                 "cadence":"MONTHLY","category":"CUSTOMER","projectKey":"PLAT"}""");
        record(nps, month(4), "30");
        record(nps, month(3), "20");
        record(nps, month(2), "12");
        record(nps, month(1), "5");
        JsonNode view = kpi(nps);
        assertThat(view.get("current").get("health").asText()).isEqualTo("HEALTHY");
        assertThat(view.get("earlyWarning").asBoolean()).isTrue();
        record(nps, month(1), "25");
        assertThat(kpi(nps).get("earlyWarning").asBoolean()).isFalse();
    }

    @Test
    void aFuturePeriodIsRefusedAndValuesAreCorrectedAndDeletedWithTheirAuditTrail() {
        long id = createKpi("""
                {"name":"Deploys","direction":"HIGHER_IS_BETTER","target":20,"cadence":"MONTHLY","category":"OPERATIONAL",
                 "projectKey":"PLAT"}""");
        HostHttp.Reply future = http.put(API + "/kpis/" + id + "/measurements/" + month(-1), "{\"value\":3}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("period");
        assertThat(future.body().get("errors").get(0).get("message").asText()).contains("has not started");

        HostHttp.Reply first = http.put(API + "/kpis/" + id + "/measurements/" + month(1), "{\"value\":18}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("createdBy").asText()).isEqualTo(first.body().get("updatedBy").asText()).isNotBlank();
        HostHttp.Reply corrected = http.put(API + "/kpis/" + id + "/measurements/" + month(1), "{\"value\":21,\"note\":\"recount\"}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().get("createdAt").asText()).isEqualTo(first.body().get("createdAt").asText());
        assertThat(corrected.body().get("value").decimalValue()).isEqualByComparingTo("21");

        assertThat(http.delete(API + "/kpis/" + id + "/measurements/" + month(1)).status()).isEqualTo(204);
        assertThat(http.get(API + "/kpis/" + id + "/measurements").body()).isEmpty();
        assertThat(kpi(id).get("current").get("health").asText()).isEqualTo("NO_DATA");
        HostHttp.Reply again = http.delete(API + "/kpis/" + id + "/measurements/" + month(1));
        assertThat(again.status()).isEqualTo(404);
        assertThat(fields(again)).containsExactly("period");
        assertThat(http.put(API + "/kpis/" + id + "/measurements/" + month(1), "{\"value\":22}").status())
                .as("a deleted period recorded again is new again").isEqualTo(201);
    }

    @Test
    void twentyConcurrentAcceptancesCreateOneObjective() throws Exception {
        ConcurrentAcceptance.exactlyOneOfTwentyAcceptancesWins(http);
    }

    @Test
    void theLoopAsActionsAndEverythingThroughABackup() throws Exception {
        long cycle = activeCycle();
        JsonNode resolution = null;
        for (JsonNode k : http.get(API + "/kpis").body()) {
            if (k.get("name").asText().equals("Median support resolution time")) {
                resolution = k;
            }
        }
        assertThat(resolution).isNotNull();
        long resolutionId = resolution.get("id").asLong();
        assertThat(resolution.get("recovery").get("decision").get("state").asText()).isEqualTo("OPEN");
        assertThat(resolution.get("recovery").get("mayDecide").asBoolean()).isTrue();

        // accepting creates the objective and key result as issues, the key result measured by the KPI
        HostHttp.Reply noProject = http.post(API + "/kpis/" + resolutionId + "/recovery/accept", "{\"cycleId\":" + cycle + "}");
        assertThat(fields(noProject)).containsExactly("projectKey");
        HostHttp.Reply accepted = http.post(API + "/kpis/" + resolutionId + "/recovery/accept",
                "{\"projectKey\":\"OKR\",\"cycleId\":" + cycle + "}");
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        JsonNode decision = accepted.body().get("decision");
        assertThat(decision.get("state").asText()).isEqualTo("ACCEPTED");
        String objectiveKey = decision.get("objectiveKey").asText();
        String keyResultKey = decision.get("keyResultKey").asText();
        assertThat(objectiveKey).startsWith("OKR-");
        HostHttp.Reply twice = http.post(API + "/kpis/" + resolutionId + "/recovery/accept",
                "{\"projectKey\":\"OKR\",\"cycleId\":" + cycle + "}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(http.post(API + "/kpis/" + resolutionId + "/recovery/dismiss", "{\"reason\":\"late\"}").status()).isEqualTo(409);
        assertThat(kpi(resolutionId).get("recovery").get("decision").get("objectiveKey").asText()).isEqualTo(objectiveKey);

        JsonNode objective = http.get(API + "/objectives/" + objectiveKey).body();
        assertThat(objective.get("summary").asText()).isEqualTo("Bring Median support resolution time back to health");
        assertThat(objective.get("keyResults")).hasSize(1);
        JsonNode kr = http.get(API + "/key-results/" + keyResultKey).body();
        assertThat(kr.get("kind").asText()).isEqualTo("DECREASE_TO");
        assertThat(kr.get("kpiId").asLong()).isEqualTo(resolutionId);
        assertThat(kr.get("target").decimalValue()).isEqualByComparingTo("6");
        // its check-ins are the KPI's measurements inside the cycle: one metric, not two
        int before = kr.get("checkIns").size();
        HostHttp.Reply manual = http.post(API + "/key-results/" + keyResultKey + "/check-ins", "{\"value\":5,\"confidence\":7}");
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.body().get("errors").get(0).get("message").asText()).contains("Median support resolution time");
        record(resolutionId, month(0), "7.5");
        JsonNode measured = http.get(API + "/key-results/" + keyResultKey).body();
        assertThat(measured.get("checkIns")).hasSize(before + 1);
        assertThat(measured.get("current").decimalValue()).isEqualByComparingTo("7.5");

        // an unhealthy KPI of our own: its proposal is dismissed with a reason
        long queue = createKpi("""
                {"name":"Queue length","direction":"LOWER_IS_BETTER","target":10,"cadence":"MONTHLY","category":"OPERATIONAL",
                 "projectKey":"PLAT"}""");
        record(queue, month(2), "30");
        record(queue, month(1), "40");
        assertThat(fields(http.post(API + "/kpis/" + queue + "/recovery/dismiss", "{\"reason\":\"  \"}"))).containsExactly("reason");
        HostHttp.Reply dismissed = http.post(API + "/kpis/" + queue + "/recovery/dismiss", "{\"reason\":\"seasonal peak\"}");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.body().get("decision").get("state").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.body().get("decision").get("reason").asText()).isEqualTo("seasonal peak");
        assertThat(dismissed.body().get("mayDecide").asBoolean()).isFalse();
        assertThat(http.post(API + "/kpis/" + queue + "/recovery/accept", "{\"projectKey\":\"OKR\",\"cycleId\":" + cycle + "}")
                .status()).isEqualTo(409);
        long healthy = createKpi("""
                {"name":"Fine","direction":"HIGHER_IS_BETTER","target":1,"cadence":"MONTHLY","category":"OPERATIONAL"}""");
        assertThat(http.post(API + "/kpis/" + healthy + "/recovery/accept", "{\"projectKey\":\"OKR\"}").status()).isEqualTo(409);

        // a key result achieved and held proposes a KPI; accepting creates it, once
        HostHttp.Reply created = http.post(API + "/objectives/new", """
                {"projectKey":"OKR","cycleId":%d,"commitment":"COMMITTED","summary":"Make checkout fast",
                 "keyResults":[{"summary":"p95 checkout latency","kind":"DECREASE_TO","start":900,"target":400,"unit":"ms"}]}"""
                .formatted(cycle));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String latency = created.body().get("keyResults").get(0).get("issueKey").asText();
        assertThat(http.get(API + "/key-results/" + latency + "/kpi-proposal").status()).isEqualTo(404);
        http.post(API + "/key-results/" + latency + "/check-ins", "{\"value\":390,\"confidence\":9}");
        http.post(API + "/key-results/" + latency + "/check-ins", "{\"value\":380,\"confidence\":9}");
        JsonNode proposal = http.get(API + "/key-results/" + latency + "/kpi-proposal").body();
        assertThat(proposal.get("direction").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(proposal.get("target").decimalValue()).isEqualByComparingTo("400");
        assertThat(proposal.get("decision").get("state").asText()).isEqualTo("OPEN");
        // the key result's issue panel shows the proposal with Accept and Dismiss
        String panel = http.get("/browse/" + latency).text();
        assertThat(panel).contains("emerald-panel-proposal").contains("Proposed KPI: p95 checkout latency, target \u2264\u00A0400\u00A0ms")
                .contains("emerald-kpi-proposal-accept").contains("emerald-kpi-proposal-dismiss");
        HostHttp.Reply promoted = http.post(API + "/key-results/" + latency + "/kpi-proposal/accept", "{\"category\":\"CUSTOMER\"}");
        assertThat(promoted.status()).as(promoted.body().toString()).isEqualTo(200);
        long newKpi = promoted.body().get("decision").get("kpiId").asLong();
        assertThat(kpi(newKpi).get("name").asText()).isEqualTo("p95 checkout latency");
        assertThat(kpi(newKpi).get("projectKey").asText()).isEqualTo("OKR");
        assertThat(http.post(API + "/key-results/" + latency + "/kpi-proposal/accept", "{}").status()).isEqualTo(409);
        assertThat(http.get("/browse/" + latency).text()).contains("Accepted by").doesNotContain("emerald-kpi-proposal-accept");

        // a key result named with a KPI at creation reads it; milestones cannot be measured by one
        HostHttp.Reply badKind = http.post(API + "/objectives/new", """
                {"projectKey":"OKR","cycleId":%d,"commitment":"COMMITTED","summary":"Ship it",
                 "keyResults":[{"summary":"Launched","kind":"MILESTONE","kpiId":%d}]}""".formatted(cycle, queue));
        assertThat(fields(badKind)).containsExactly("keyResults[0].kpiId");

        JsonNode backup = http.get(API + "/backup").body();
        assertThat(backup.get("proposals").size()).as("the three decided here, and any from other tests").isGreaterThanOrEqualTo(3);
        List<String> before2 = loopSummary(http, resolutionId, queue, keyResultKey);
        try (EmeraldHost empty = EmeraldHost.start(new HostOptions(0, restoreDir, null, null, "", false), Clock.systemUTC())) {
            HostHttp target = new HostHttp(empty.port());
            TreeSet<Integer> numbers = new TreeSet<>();
            backup.get("keyResults").forEach(k -> numbers.add(Integer.parseInt(k.get("issueKey").asText().substring(4))));
            for (int i = 1; i <= numbers.last(); i++) {
                empty.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Objective", "OKR " + i, "new", null, null));
            }
            // a project's KPIs are seen where the project exists
            empty.issues().create(new SandboxIssueDirectory.NewIssue("PLAT", "Story", "PLAT exists", "new", null, null));
            HostHttp.Reply restored = target.post(API + "/backup/restore", backup.toString());
            assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
            long resolutionAfter = idOf(target, "Median support resolution time");
            long queueAfter = idOf(target, "Queue length");
            assertThat(loopSummary(target, resolutionAfter, queueAfter, keyResultKey)).isEqualTo(before2);
            assertThat(target.post(API + "/kpis/" + queueAfter + "/recovery/accept", "{\"projectKey\":\"OKR\"}").status())
                    .as("a decision survives the round trip").isEqualTo(409);
        }
        // the KPI measures a key result: archived, it still cannot be purged
        int version = kpi(resolutionId).get("version").asInt();
        assertThat(http.post(API + "/kpis/" + resolutionId + "/archive", "{\"version\":" + version + "}").status()).isEqualTo(200);
        HostHttp.Reply purge = http.post(API + "/kpis/" + resolutionId + "/purge", "{\"confirm\":\"Median support resolution time\"}");
        assertThat(purge.status()).isEqualTo(409);
        assertThat(purge.body().get("errors").get(0).get("message").asText()).contains("measures key results (1)");
    }

    private static long idOf(HostHttp http, String name) {
        for (JsonNode k : http.get(API + "/kpis").body()) {
            if (k.get("name").asText().equals(name)) {
                return k.get("id").asLong();
            }
        }
        throw new AssertionError("no KPI " + name);
    }

    private static List<String> loopSummary(HostHttp http, long resolution, long queue, String keyResultKey) {
        List<String> lines = new ArrayList<>();
        for (long id : new long[]{resolution, queue}) {
            JsonNode k = http.get(API + "/kpis/" + id).body();
            JsonNode d = k.get("recovery").get("decision");
            lines.add(k.get("name").asText() + " " + k.get("current").get("health").asText() + " " + k.get("toleranceType").asText()
                    + " " + k.get("tolerance").decimalValue().stripTrailingZeros().toPlainString() + " " + d.get("state").asText()
                    + " " + d.get("reason").asText() + " " + d.get("objectiveKey").asText() + " " + d.get("decidedBy").asText());
            http.get(API + "/kpis/" + id + "/measurements?last=12").body().forEach(m -> lines.add("  " + m.get("period").asText()
                    + " " + m.get("value").asText() + " " + m.get("createdAt").asText() + " " + m.get("updatedBy").asText()));
        }
        JsonNode kr = http.get(API + "/key-results/" + keyResultKey).body();
        kr.get("checkIns").forEach(c -> lines.add("  " + keyResultKey + " " + c.get("value").asText() + " " + c.get("at").asText()));
        return lines;
    }
}
