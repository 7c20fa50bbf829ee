package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.HostCurrentUser;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OKR workspace's endpoints on the host: key-result edits, deleting an objective, the issue picker, owners. */
class HostOkrWorkspaceRestTest extends SeededHostTest {

    private String newIssue(String type, String summary) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue("WORK", type, summary, "new", null, null)).key();
    }

    /** A planning cycle, so the demo's quarter stays the current one. */
    private long newCycle() {
        HostHttp.Reply created = http.post(API + "/cycles",
                "{\"name\":\"Workspace quarter\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\",\"timeZone\":\"UTC\",\"state\":\"PLANNING\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private HostHttp.Reply register(String objective, long cycle, String... keyResults) {
        List<String> krs = new ArrayList<>();
        for (String kr : keyResults) {
            krs.add("{\"issueKey\":\"%s\",\"kind\":\"INCREASE_TO\",\"start\":10,\"target\":50,\"unit\":\"ms\",\"weight\":2}"
                    .formatted(kr));
        }
        return http.post(API + "/objectives", "{\"issueKey\":\"%s\",\"cycleId\":%d,\"commitment\":\"COMMITTED\",\"keyResults\":[%s]}"
                .formatted(objective, cycle, String.join(",", krs)));
    }

    private static List<String> keys(JsonNode array, String field) {
        List<String> keys = new ArrayList<>();
        array.forEach(n -> keys.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return keys;
    }

    @Test
    void anEditOfOnlyTheTargetKeepsEverythingElseAndAStaleOneChangesNothing() {
        String objective = newIssue("Objective", "Faster pages");
        String kr = newIssue("Key Result", "p95 page load");
        assertThat(register(objective, newCycle(), kr).status()).isEqualTo(201);
        int version = http.get(API + "/key-results/" + kr).body().get("version").asInt();

        HostHttp.Reply edited = http.put(API + "/key-results/" + kr, "{\"version\":%d,\"target\":80}".formatted(version));

        assertThat(edited.status()).isEqualTo(200);
        JsonNode after = http.get(API + "/key-results/" + kr).body();
        assertThat(after.get("target").decimalValue()).isEqualByComparingTo("80");
        assertThat(after.get("unit").asText()).isEqualTo("ms");
        assertThat(after.get("kind").asText()).isEqualTo("INCREASE_TO");
        assertThat(after.get("start").decimalValue()).isEqualByComparingTo("10");
        assertThat(after.get("weight").decimalValue()).isEqualByComparingTo("2");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);

        HostHttp.Reply stale = http.put(API + "/key-results/" + kr, "{\"version\":%d,\"target\":90,\"unit\":\"s\"}".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("version");
        JsonNode unchanged = http.get(API + "/key-results/" + kr).body();
        assertThat(unchanged.get("target").decimalValue()).isEqualByComparingTo("80");
        assertThat(unchanged.get("unit").asText()).isEqualTo("ms");
        assertThat(unchanged.get("version").asInt()).isEqualTo(version + 1);

        HostHttp.Reply wrong = http.put(API + "/key-results/" + kr, "{\"version\":%d,\"target\":5}".formatted(version + 1));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactly("target");
    }

    @Test
    void deletingAnObjectiveRemovesItsEmeraldDataAndLinksButKeepsTheIssues() {
        long cycle = newCycle();
        String objective = newIssue("Objective", "Short-lived objective");
        String first = newIssue("Key Result", "Short-lived result one");
        String second = newIssue("Key Result", "Short-lived result two");
        assertThat(register(objective, cycle, first, second).status()).isEqualTo(201);
        assertThat(http.post(API + "/key-results/" + first + "/check-ins", "{\"value\":20,\"confidence\":6}").status())
                .isEqualTo(201);
        assertThat(http.put(API + "/key-results/" + first, "{\"version\":1,\"weight\":3}").status()).isEqualTo(200);

        HostHttp.Reply deleted = http.delete(API + "/objectives/" + objective);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get(API + "/objectives/" + objective).status()).isEqualTo(404);
        assertThat(http.get(API + "/key-results/" + first).status()).isEqualTo(404);
        assertThat(http.delete(API + "/objectives/" + objective).status()).as("gone already").isEqualTo(404);
        assertThat(host.issues().findVisibleByKey(objective)).as("the issue stays").isPresent();
        assertThat(host.issues().findVisibleByKey(first)).isPresent();

        // the same issues can be registered again: no link, check-in or claimed version is left behind
        assertThat(register(objective, cycle, first, second).status()).isEqualTo(201);
        JsonNode again = http.get(API + "/key-results/" + first).body();
        assertThat(again.get("checkIns")).isEmpty();
        assertThat(again.get("version").asInt()).isEqualTo(1);
        assertThat(http.put(API + "/key-results/" + first, "{\"version\":1,\"weight\":3}").status()).isEqualTo(200);

        assertThat(http.delete(API + "/objectives/" + first).status()).as("a key result is no objective").isEqualTo(404);
        assertThat(http.delete(API + "/objectives/NOPE-1").status()).isEqualTo(404);
    }

    @Test
    void theIssuePickerFindsByTextOrKeyWithinARole() {
        HostHttp.Reply epics = http.get(API + "/issues/search?query=build%20cache&role=EPIC");
        assertThat(epics.status()).isEqualTo(200);
        assertThat(epics.body()).singleElement().satisfies(epic -> {
            assertThat(epic.get("summary").asText()).isEqualTo("Remote build cache for all services");
            assertThat(epic.get("projectKey").asText()).isEqualTo("PLAT");
            assertThat(epic.get("role").asText()).isEqualTo("EPIC");
            assertThat(epic.get("issueKey").asText()).startsWith("PLAT-");
        });

        JsonNode byKey = http.get(API + "/issues/search?query=okr-1").body();
        assertThat(byKey.get(0).get("issueKey").asText()).isEqualTo("OKR-1");
        assertThat(byKey.get(0).get("role").asText()).isEqualTo("OBJECTIVE");

        assertThat(keys(http.get(API + "/issues/search?query=cut&role=KEY_RESULT").body(), "role")).isNotEmpty()
                .containsOnly("KEY_RESULT");
        assertThat(http.get(API + "/issues/search?query=e&limit=2").body()).hasSize(2);
        assertThat(http.get(API + "/issues/search?query=%25%25").body()).isEmpty();

        HostHttp.Reply blank = http.get(API + "/issues/search?query=%20");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).containsExactly("query");
        HostHttp.Reply role = http.get(API + "/issues/search?query=x&role=STORY");
        assertThat(role.status()).isEqualTo(400);
        assertThat(fields(role)).containsExactly("role");
        assertThat(fields(http.get(API + "/issues/search?query=x&limit=500"))).containsExactly("limit");
    }

    @Test
    void viewsNameOwnerAndTeamAndMyKeyResultsAreTheHostUsersInTheCurrentCycle() {
        JsonNode objective = http.get(API + "/objectives/OKR-1").body();
        assertThat(objective.get("ownerKey").asText()).isEqualTo("priya");
        assertThat(objective.get("ownerName").asText()).isEqualTo("Priya Raman");
        assertThat(objective.get("team").asText()).isEqualTo("OKR");
        assertThat(keys(objective.get("keyResults"), "ownerKey")).containsExactly("admin", "tom", "admin", "priya");
        JsonNode unassigned = http.get(API + "/gadgets/okr-progress").body().get("objectives");
        List<String> owners = new ArrayList<>();
        unassigned.forEach(o -> owners.addAll(keys(o.get("keyResults"), "ownerKey")));
        assertThat(owners).as("one demo key result is unassigned").containsNull();

        HostHttp.Reply mine = http.get(API + "/key-results/mine");

        assertThat(mine.status()).isEqualTo(200);
        List<String> active = new ArrayList<>();
        http.get(API + "/cycles").body().forEach(c -> {
            if (c.get("state").asText().equals("ACTIVE")) {
                active.add(c.get("name").asText());
            }
        });
        assertThat(active).as("only the demo's quarter is active").hasSize(1);
        assertThat(mine.body().get("cycle").get("name").asText()).isEqualTo(active.get(0));
        JsonNode items = mine.body().get("keyResults");
        assertThat(items).hasSize(3);
        items.forEach(item -> {
            assertThat(item.get("objectiveKey").asText()).startsWith("OKR-");
            assertThat(item.get("objectiveSummary").asText()).isNotBlank();
            assertThat(item.get("keyResult").get("ownerKey").asText()).isEqualTo(HostCurrentUser.USER_KEY);
            assertThat(item.get("keyResult").get("lastCheckInAt").isNull()).isFalse();
            assertThat(item.get("keyResult").get("confidence").isNull()).isFalse();
        });
        assertThat(keys(items, "objectiveKey")).contains("OKR-1");

        long planning = newCycle();
        assertThat(http.get(API + "/key-results/mine?cycleId=" + planning).body().get("keyResults")).isEmpty();
        assertThat(http.get(API + "/key-results/mine?cycleId=999999").status()).isEqualTo(404);
        assertThat(fields(http.get(API + "/key-results/mine?cycleId=abc"))).containsExactly("cycleId");
    }
}
