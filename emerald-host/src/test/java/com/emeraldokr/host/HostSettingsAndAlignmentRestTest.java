package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's settings over HTTP, and aligned child objectives counting in every read. */
class HostSettingsAndAlignmentRestTest extends SeededHostTest {

    private String newIssue(String project, String type) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue(project, type, type + " of the roll-up test", "new",
                null, null)).key();
    }

    /** An active cycle that started 30 days ago; one active cycle per length, so each test gives its own length. */
    private long cycle(String name, int daysAhead) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HostHttp.Reply created = http.post(API + "/cycles", "{\"name\":\"" + name + "\",\"start\":\"" + today.minusDays(30)
                + "\",\"end\":\"" + today.plusDays(daysAhead) + "\",\"timeZone\":\"UTC\",\"state\":\"ACTIVE\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** An objective with one INCREASE_TO key result from 0 to 100, checked in at {@code value}; returns both keys. */
    private String[] objective(long cycle, String project, int value) {
        String objective = newIssue(project, "Objective");
        String kr = newIssue(project, "Key Result");
        HostHttp.Reply created = http.post(API + "/objectives", "{\"issueKey\":\"" + objective + "\",\"cycleId\":" + cycle
                + ",\"commitment\":\"COMMITTED\",\"keyResults\":[{\"issueKey\":\"" + kr
                + "\",\"kind\":\"INCREASE_TO\",\"start\":0,\"target\":100}]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.post(API + "/key-results/" + kr + "/check-ins", "{\"value\":" + value + ",\"confidence\":7}").status())
                .isEqualTo(201);
        return new String[] {objective, kr};
    }

    private static JsonNode find(JsonNode objectives, String key) {
        for (JsonNode o : objectives) {
            if (o.get("issueKey").asText().equals(key)) {
                return o;
            }
        }
        throw new AssertionError(key + " not in " + objectives);
    }

    @Test
    void settingsAreReadAndChangedWithEveryBadFieldNamed() {
        JsonNode defaults = http.get(API + "/settings").body();
        assertThat(defaults.get("gradeGreenFrom").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(defaults.get("alignmentRollup").asBoolean()).isTrue();
        assertThat(defaults.get("defaultCadence").asText()).isEqualTo("WEEKLY");

        HostHttp.Reply refused = http.put(API + "/settings",
                "{\"gradeYellowFrom\":1.5,\"fiscalYearStartMonth\":0,\"timeZone\":\"Nowhere/Land\",\"teamCadences\":{\"PLAT\":\"HOURLY\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("gradeYellowFrom", "fiscalYearStartMonth", "teamCadences.PLAT", "timeZone");
        assertThat(refused.text()).doesNotContain("Exception").doesNotContain("com.emeraldokr");
        assertThat(http.get(API + "/settings").body()).as("nothing written").isEqualTo(defaults);

        HostHttp.Reply changed = http.put(API + "/settings", "{\"teamCadences\":{\"plat\":\"MONTHLY\"},\"timeZone\":\"Europe/Berlin\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("teamCadences").get("PLAT").asText()).isEqualTo("MONTHLY");
        assertThat(http.get(API + "/settings").body().get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(http.get(API + "/settings").body().get("gradeGreenFrom").decimalValue()).as("left out, kept")
                .isEqualByComparingTo("0.7");
        HostHttp.Reply cycle = http.post(API + "/cycles", "{\"name\":\"Zoned\",\"start\":\"2031-01-01\",\"end\":\"2031-03-31\"}");
        assertThat(cycle.body().get("timeZone").asText()).as("new cycles start in the settings' zone").isEqualTo("Europe/Berlin");
        assertThat(http.put(API + "/settings", "{\"teamCadences\":{},\"timeZone\":\"UTC\"}").status()).isEqualTo(200);
    }

    @Test
    void aParentObjectiveCountsItsAlignedChildInEveryReadUnlessSwitchedOff() {
        long cycle = cycle("Roll-up", 40);
        String[] parent = objective(cycle, "ROLL", 80);
        String[] child = objective(cycle, "ROLL", 20);
        assertThat(http.put(API + "/objectives/" + child[0] + "/alignment", "{\"issueKey\":\"" + parent[0] + "\"}").status())
                .isEqualTo(200);

        // (0.8 + 0.2) / 2: the child counts as much as an average key result of its parent
        assertThat(http.get(API + "/objectives/" + parent[0]).body().get("percent").asInt()).isEqualTo(50);
        assertThat(find(http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body().get("objectives"), parent[0])
                .get("percent").asInt()).isEqualTo(50);
        assertThat(find(http.get(API + "/gadgets/okr-plan?project=ROLL&cycleId=" + cycle).body().get("objectives"), parent[0])
                .get("percent").asInt()).isEqualTo(50);
        assertThat(http.get(API + "/key-results/" + parent[1]).body().get("percent").asInt()).as("its own key result").isEqualTo(80);
        JsonNode overview = http.get(API + "/gadgets/cycle-overview?cycleId=" + cycle).body();
        assertThat(overview.get("averageScore").decimalValue()).as("(0.5 + 0.2) / 2").isEqualByComparingTo("0.35");

        JsonNode tree = http.get(API + "/gadgets/alignment-tree?cycleId=" + cycle).body();
        assertThat(tree.get("alignmentRollup").asBoolean()).isTrue();
        assertThat(tree.get("roots")).hasSize(1);
        assertThat(tree.get("roots").get(0).get("objective").get("issueKey").asText()).isEqualTo(parent[0]);
        assertThat(tree.get("roots").get(0).get("children").get(0).get("objective").get("issueKey").asText()).isEqualTo(child[0]);
        assertThat(tree.get("roots").get(0).get("children").get(0).get("children")).isEmpty();

        HostHttp.Reply loop = http.put(API + "/objectives/" + parent[0] + "/alignment", "{\"issueKey\":\"" + child[0] + "\"}");
        assertThat(loop.status()).as("a loop is refused").isEqualTo(409);

        try {
            assertThat(http.put(API + "/settings", "{\"alignmentRollup\":false}").status()).isEqualTo(200);
            assertThat(http.get(API + "/objectives/" + parent[0]).body().get("percent").asInt()).isEqualTo(80);
            assertThat(http.get(API + "/gadgets/alignment-tree?cycleId=" + cycle).body().get("alignmentRollup").asBoolean()).isFalse();
        } finally {
            http.put(API + "/settings", "{\"alignmentRollup\":true}");
        }
    }

    @Test
    void aCheckInBeforeItsCycleStartsIsRefusedNamingTheDate() {
        long cycle = cycle("Early", 41);
        String[] o = objective(cycle, "EARLY", 10);
        String before = LocalDate.now(ZoneOffset.UTC).minusDays(31) + "T12:00:00Z";
        HostHttp.Reply refused = http.post(API + "/key-results/" + o[1] + "/check-ins",
                "{\"value\":5,\"confidence\":5,\"at\":\"" + before + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("at");
        assertThat(http.get(API + "/key-results/" + o[1]).body().get("checkIns")).hasSize(1);
    }

    @Test
    void theSettingsPageCarriesTheSharedScriptAndItsRoot() {
        HostHttp.Reply page = http.get("/settings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"emerald-okr-settings\"").contains("/static/emerald-web/okr-settings.js")
                .contains("aui-prototyping.css");
    }
}
