package com.emeraldokr.host;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The cycle lifecycle and archived objectives over real HTTP on H2, with the demo company's active quarter. */
class HostCycleLifecycleRestTest extends SeededHostTest {

    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);

    private String newIssue(String type, String summary) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue("CYC", type, summary, "new", null, null)).key();
    }

    /** Check-ins are dated now and a cycle takes none before it starts: cycles with check-ins started a few days ago. */
    private static java.time.LocalDate started() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5);
    }

    private long newCycle(String name, String start, String end, String state) {
        HostHttp.Reply created = http.post(API + "/cycles", """
                {"name":"%s","start":"%s","end":"%s","timeZone":"UTC","state":"%s"}""".formatted(name, start, end, state));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** An objective with two key results from 0 to 100 checked in at 20 and 60: progress 0.4. */
    private List<String> objectiveAt40(long cycle) {
        String objective = newIssue("Objective", "Lifecycle objective");
        String first = newIssue("Key Result", "First");
        String second = newIssue("Key Result", "Second");
        assertThat(http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"ASPIRATIONAL","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":100},
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":100}]}
                """.formatted(objective, cycle, first, second)).status()).isEqualTo(201);
        assertThat(http.post(API + "/key-results/" + first + "/check-ins", "{\"value\":20,\"confidence\":5}").status()).isEqualTo(201);
        assertThat(http.post(API + "/key-results/" + second + "/check-ins", "{\"value\":60,\"confidence\":5}").status()).isEqualTo(201);
        return List.of(objective, first, second);
    }

    private static String message(HostHttp.Reply reply) {
        return reply.body().get("errors").get(0).get("message").asText();
    }

    private static List<String> keys(JsonNode objectives) {
        List<String> keys = new ArrayList<>();
        objectives.forEach(o -> keys.add(o.get("issueKey").asText()));
        return keys;
    }

    @Test
    void aCycleIsRenamedAndReDatedFieldByFieldWithCreatesRules() {
        long id = newCycle("Lifecycle H1", "2041-01-01", "2041-06-30", "PLANNING");

        HostHttp.Reply renamed = http.put(API + "/cycles/" + id, "{\"name\":\"  2041 first half \"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("name").asText()).isEqualTo("2041 first half");
        assertThat(renamed.body().get("start").asText()).isEqualTo("2041-01-01");
        assertThat(renamed.body().get("end").asText()).isEqualTo("2041-06-30");
        assertThat(renamed.body().get("timeZone").asText()).isEqualTo("UTC");

        HostHttp.Reply redated = http.put(API + "/cycles/" + id, "{\"end\":\"2041-07-02\",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(redated.status()).isEqualTo(200);
        assertThat(http.get(API + "/cycles/" + id).body().get("end").asText()).isEqualTo("2041-07-02");
        assertThat(http.get(API + "/cycles/" + id).body().get("timeZone").asText()).isEqualTo("Europe/Berlin");

        HostHttp.Reply bad = http.put(API + "/cycles/" + id, "{\"name\":\"\",\"start\":\"soon\",\"timeZone\":\"Mars/Olympus\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "start", "timeZone");
        HostHttp.Reply backwards = http.put(API + "/cycles/" + id, "{\"end\":\"2040-12-31\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("end");
        assertThat(message(backwards)).isEqualTo(messages.text("emerald.error.cycle.end.before.start"));
        assertThat(fields(http.put(API + "/cycles/" + id, "{\"colour\":\"red\"}"))).containsExactly("colour");
        assertThat(http.get(API + "/cycles/" + id).body().get("name").asText()).as("nothing written").isEqualTo("2041 first half");

        assertThat(http.put(API + "/cycles/987654", "{\"name\":\"x\"}").status()).isEqualTo(404);
        assertThat(http.get(API + "/cycles/987654").status()).isEqualTo(404);
    }

    @Test
    void onlyOneCycleOfEachLengthIsActive() {
        String demoQuarter = null;
        for (JsonNode c : http.get(API + "/cycles").body()) {
            if (c.get("state").asText().equals("ACTIVE") && c.get("name").asText().matches("\\d{4} Q\\d")) {
                demoQuarter = c.get("name").asText();
            }
        }
        assertThat(demoQuarter).as("the demo company's active quarter").isNotNull();
        long quarter = newCycle("2042 Q1", "2042-01-01", "2042-03-31", "PLANNING");

        HostHttp.Reply second = http.post(API + "/cycles/" + quarter + "/activate", "");
        assertThat(second.status()).isEqualTo(409);
        assertThat(fields(second)).containsExactly("cycleId");
        assertThat(message(second)).isEqualTo("Cycle \"" + demoQuarter
                + "\" is already the active quarter cycle. Close it first, then activate \"2042 Q1\".");
        assertThat(http.get(API + "/cycles/" + quarter).body().get("state").asText()).isEqualTo("PLANNING");

        // another length has no active cycle yet: a 10-day cycle activates, and a second 10-day one then conflicts
        long sprint = newCycle("Sprint 2042-1", "2042-01-01", "2042-01-10", "PLANNING");
        HostHttp.Reply activated = http.post(API + "/cycles/" + sprint + "/activate", "");
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.body().get("state").asText()).isEqualTo("ACTIVE");
        assertThat(http.post(API + "/cycles/" + sprint + "/activate", "").status()).as("activating again changes nothing").isEqualTo(200);
        long nextSprint = newCycle("Sprint 2042-2", "2042-01-11", "2042-01-20", "PLANNING");
        HostHttp.Reply rival = http.post(API + "/cycles/" + nextSprint + "/activate", "");
        assertThat(rival.status()).isEqualTo(409);
        assertThat(message(rival)).contains("\"Sprint 2042-1\"").contains("10-day").contains("Close it first");
        assertThat(http.post(API + "/cycles/987654/activate", "").status()).isEqualTo(404);
    }

    @Test
    void closingFreezesTheScoresWithOverridesAndAClosedCycleTakesNoMoreCheckIns() {
        long cycle = newCycle("Closing 2043", started().toString(), started().plusDays(44).toString(), "ACTIVE");
        List<String> okr = objectiveAt40(cycle);
        String objective = okr.get(0);

        HostHttp.Reply noReason = http.post(API + "/cycles/" + cycle + "/close", """
                {"overrides":[{"objectiveKey":"%s","score":0.7,"reason":" "},{"objectiveKey":"%s","score":2,"reason":"x"}]}
                """.formatted(objective, objective));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactlyInAnyOrder("overrides[0].reason", "overrides[1].objectiveKey",
                "overrides[1].score");
        HostHttp.Reply notInCycle = http.post(API + "/cycles/" + cycle + "/close",
                "{\"overrides\":[{\"objectiveKey\":\"OKR-1\",\"score\":0.5,\"reason\":\"other cycle\"}]}");
        assertThat(notInCycle.status()).isEqualTo(400);
        assertThat(fields(notInCycle)).containsExactly("overrides[0].objectiveKey");
        assertThat(http.get(API + "/cycles/" + cycle).body().get("state").asText()).as("nothing written").isEqualTo("ACTIVE");
        assertThat(http.get(API + "/objectives/" + objective).body().get("finalScore").isNull()).isTrue();

        HostHttp.Reply closed = http.post(API + "/cycles/" + cycle + "/close", """
                {"overrides":[{"objectiveKey":"%s","score":0.7,"reason":"The second launch slipped into next quarter"}]}
                """.formatted(objective));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("state").asText()).isEqualTo("CLOSED");

        JsonNode read = http.get(API + "/objectives/" + objective).body();
        assertThat(read.get("finalScore").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(read.get("score").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(read.get("progress").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(read.get("finalScoreOverridden").asBoolean()).isTrue();
        assertThat(read.get("overrideReason").asText()).isEqualTo("The second launch slipped into next quarter");
        assertThat(read.get("status").asText()).as("aspirational, 0.7 meets 0.7").isEqualTo("DONE");
        assertThat(read.get("keyResults").get(0).get("finalScore").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(read.get("keyResults").get(1).get("finalScore").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(read.get("keyResults").get(1).get("finalScore").decimalValue()).isEqualByComparingTo("0.6");
        JsonNode gadget = http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body();
        assertThat(gadget.get("objectives").get(0).get("finalScore").decimalValue()).isEqualByComparingTo("0.7");

        HostHttp.Reply checkIn = http.post(API + "/key-results/" + okr.get(1) + "/check-ins", "{\"value\":90,\"confidence\":8}");
        assertThat(checkIn.status()).isEqualTo(409);
        assertThat(fields(checkIn)).containsExactly("issueKey");
        assertThat(message(checkIn)).contains(okr.get(1)).contains("Closing 2043").contains("closed");
        HostHttp.Reply edit = http.put(API + "/key-results/" + okr.get(1),
                "{\"kind\":\"INCREASE_TO\",\"start\":0,\"target\":50,\"version\":1}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(http.get(API + "/objectives/" + objective).body().get("keyResults").get(0).get("current").decimalValue())
                .isEqualByComparingTo("20");

        HostHttp.Reply again = http.post(API + "/cycles/" + cycle + "/close", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(message(again)).isEqualTo("Cycle \"Closing 2043\" is already closed.");
        assertThat(http.post(API + "/cycles/" + cycle + "/activate", "").status()).isEqualTo(409);
        assertThat(http.put(API + "/cycles/" + cycle, "{\"end\":\"2043-03-01\"}").status()).isEqualTo(409);
        assertThat(http.put(API + "/cycles/" + cycle, "{\"name\":\"Closed 2043\"}").status()).isEqualTo(200);
    }

    @Test
    void closingWithoutABodyFreezesTheComputedScores() {
        long cycle = newCycle("Closing 2044", started().toString(), started().plusDays(45).toString(), "ACTIVE");
        List<String> okr = objectiveAt40(cycle);
        HostHttp.Reply closed = http.post(API + "/cycles/" + cycle + "/close", "");
        assertThat(closed.status()).isEqualTo(200);
        JsonNode read = http.get(API + "/objectives/" + okr.get(0)).body();
        assertThat(read.get("finalScore").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(read.get("finalScoreOverridden").asBoolean()).isFalse();
        assertThat(read.get("overrideReason").isNull()).isTrue();
        assertThat(read.get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void onlyACycleWithoutObjectivesIsDeleted() {
        long used = newCycle("Deleting 2045", started().toString(), started().plusDays(46).toString(), "PLANNING");
        objectiveAt40(used);
        HostHttp.Reply refused = http.delete(API + "/cycles/" + used);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(message(refused)).contains("holds one objective");
        assertThat(http.get(API + "/cycles/" + used).status()).isEqualTo(200);

        long empty = newCycle("Deleting 2046", "2046-01-01", "2046-02-17", "PLANNING");
        assertThat(http.delete(API + "/cycles/" + empty).status()).isEqualTo(204);
        assertThat(http.get(API + "/cycles/" + empty).status()).isEqualTo(404);
        assertThat(http.delete(API + "/cycles/" + empty).status()).isEqualTo(404);
    }

    @Test
    void anArchivedObjectiveLeavesTheCycleReadsUntilAskedForOrRestored() {
        long cycle = newCycle("Archiving 2047", started().toString(), started().plusDays(48).toString(), "ACTIVE");
        String kept = objectiveAt40(cycle).get(0);
        String archived = objectiveAt40(cycle).get(0);

        HostHttp.Reply archive = http.post(API + "/objectives/" + archived + "/archive", "");
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.body().get("archived").asBoolean()).isTrue();
        assertThat(http.get(API + "/objectives/" + archived).body().get("archived").asBoolean()).isTrue();

        assertThat(keys(http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body().get("objectives"))).containsExactly(kept);
        assertThat(keys(http.get(API + "/gadgets/okr-progress?cycleId=" + cycle + "&includeArchived=true").body().get("objectives")))
                .containsExactlyInAnyOrder(kept, archived);
        assertThat(keys(http.get(API + "/gadgets/okr-plan?project=CYC&cycleId=" + cycle).body().get("objectives"))).containsExactly(kept);
        assertThat(keys(http.get(API + "/gadgets/okr-plan?project=CYC&cycleId=" + cycle + "&includeArchived=true").body()
                .get("objectives"))).hasSize(2);
        assertThat(http.get(API + "/gadgets/cycle-overview?cycleId=" + cycle).body().get("objectivesByTeam").get("CYC").asInt())
                .isEqualTo(1);
        assertThat(http.get(API + "/gadgets/cycle-overview?cycleId=" + cycle + "&includeArchived=true").body()
                .get("objectivesByTeam").get("CYC").asInt()).isEqualTo(2);

        HostHttp.Reply restored = http.post(API + "/objectives/" + archived + "/restore-archived", "");
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().get("archived").asBoolean()).isFalse();
        assertThat(keys(http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body().get("objectives")))
                .containsExactlyInAnyOrder(kept, archived);

        assertThat(http.post(API + "/objectives/NOPE-1/archive", "").status()).isEqualTo(404);
        String notAnObjective = newIssue("Story", "Just work");
        HostHttp.Reply notObjective = http.post(API + "/objectives/" + notAnObjective + "/archive", "");
        assertThat(notObjective.status()).isEqualTo(404);
        assertThat(fields(notObjective)).containsExactly("issueKey");
    }
}
