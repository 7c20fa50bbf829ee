package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty clients accepting the same recovery proposal at once: exactly one creates the objective, the
 * others get 409, and the proposal's objective exists once. Shared by the H2 and PostgreSQL host tests.
 */
final class ConcurrentAcceptance {

    private static final String API = SeededHostTest.API;
    static final int ROUNDS = 3;

    private ConcurrentAcceptance() {
    }

    static void exactlyOneOfTwentyAcceptancesWins(HostHttp http) throws Exception {
        long cycle = -1;
        for (JsonNode c : http.get(API + "/cycles").body()) {
            if (c.get("state").asText().equals("ACTIVE")) {
                cycle = c.get("id").asLong();
            }
        }
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (int round = 0; round < ROUNDS; round++) {
            String name = "Contended backlog " + round;
            long kpi = http.post(API + "/kpis", """
                    {"name":"%s","direction":"LOWER_IS_BETTER","target":10,"cadence":"MONTHLY","category":"OPERATIONAL",
                     "projectKey":"OKR"}""".formatted(name)).body().get("id").asLong();
            http.put(API + "/kpis/" + kpi + "/measurements/" + now.minusMonths(2), "{\"value\":30}");
            http.put(API + "/kpis/" + kpi + "/measurements/" + now.minusMonths(1), "{\"value\":40}");
            String body = "{\"cycleId\":" + cycle + "}";

            List<HostHttp.Reply> replies = ConcurrentRegistration.concurrently(
                    () -> http.post(API + "/kpis/" + kpi + "/recovery/accept", body));

            assertThat(replies).extracting(HostHttp.Reply::status).as("one 200, the rest 409")
                    .containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
            JsonNode found = http.get(API + "/issues/search?role=OBJECTIVE&limit=50&query="
                    + URLEncoder.encode("Bring " + name, StandardCharsets.UTF_8)).body();
            assertThat(found).as("one objective, not twenty").hasSize(1);
            assertThat(http.get(API + "/kpis/" + kpi).body().get("recovery").get("decision").get("objectiveKey").asText())
                    .isEqualTo(found.get(0).get("issueKey").asText());
        }
    }
}
