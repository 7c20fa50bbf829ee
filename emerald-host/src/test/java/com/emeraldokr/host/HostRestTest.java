package com.emeraldokr.host;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP against a host on a free port, as a client (or the gadget) sees it. */
class HostRestTest extends SeededHostTest {

    private String newIssue(String type, String summary) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue("REST", type, summary, "new", null, null)).key();
    }

    private long newCycle() {
        HostHttp.Reply created = http.post(API + "/cycles",
                "{\"name\":\"Test quarter\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\",\"timeZone\":\"UTC\",\"state\":\"PLANNING\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void statusSaysRunning() {
        HostHttp.Reply status = http.get("/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text()).isEqualTo("{\"status\":\"RUNNING\"}");
    }

    @Test
    void theSeededCompanyShowsInTheGadgetData() {
        HostHttp.Reply gadget = http.get(API + "/gadgets/okr-progress");
        assertThat(gadget.status()).isEqualTo(200);
        assertThat(gadget.body().get("cycle").get("state").asText()).isEqualTo("ACTIVE");
        JsonNode objectives = gadget.body().get("objectives");
        assertThat(objectives).hasSizeGreaterThanOrEqualTo(3);
        objectives.forEach(o -> {
            assertThat(o.get("keyResults").size()).isBetween(2, 5);
            assertThat(o.get("percent").asInt()).isBetween(0, 100);
        });
    }

    @Test
    void anObjectiveIsCreatedReadAndMovedByCheckIns() {
        long cycle = newCycle();
        String objective = newIssue("Objective", "Ship faster");
        String up = newIssue("Key Result", "Adoption");
        String down = newIssue("Key Result", "Build minutes");
        HostHttp.Reply created = http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":100,"unit":"%%","weight":1},
                  {"issueKey":"%s","kind":"DECREASE_TO","start":20,"target":10,"unit":"min","weight":3}]}
                """.formatted(objective, cycle, up, down));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("percent").asInt()).isZero();

        HostHttp.Reply checkIn = http.post(API + "/key-results/" + up + "/check-ins", "{\"value\":25,\"confidence\":7,\"note\":\"first\"}");
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkIn.body().get("progress").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(checkIn.body().get("percent").asInt()).isEqualTo(25);
        http.post(API + "/key-results/" + down + "/check-ins", "{\"value\":15,\"confidence\":6}");

        JsonNode read = http.get(API + "/objectives/" + objective).body();
        // weighted: (0.25 x 1 + 0.5 x 3) / 4
        assertThat(read.get("progress").decimalValue()).isEqualByComparingTo("0.4375");
        assertThat(read.get("keyResults").get(0).get("checkIns").get(0).get("note").asText()).isEqualTo("first");
        assertThat(read.get("keyResults").get(0).get("checkIns").get(0).get("author").asText()).isEqualTo("admin");
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        HostHttp.Reply reply = http.post(API + "/objectives", "{\"issueKey\": ");
        assertThat(reply.status()).isEqualTo(400);
        // the body breaks off where the issue key should be
        assertThat(fields(reply)).containsExactly("issueKey");
        assertThat(reply.body().get("errors").get(0).get("message").asText())
                .isEqualTo(new BundleMessages(Locale.ENGLISH).text("emerald.error.json.value"));
        HostHttp.Reply notJson = http.post(API + "/objectives", "not json");
        assertThat(fields(notJson)).containsExactly("");
        assertThat(notJson.body().get("errors").get(0).get("message").asText())
                .isEqualTo(new BundleMessages(Locale.ENGLISH).text("emerald.error.json.malformed"));
        HostHttp.Reply wrongType = http.post(API + "/key-results/X-1/check-ins", "{\"value\":\"lots\",\"confidence\":5}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("value");
        HostHttp.Reply unknownField = http.post(API + "/key-results/X-1/check-ins", "{\"value\":1,\"confidence\":5,\"colour\":\"red\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(fields(unknownField)).containsExactly("colour");
    }

    @Test
    void anInvalidBodyNamesEveryProblem() {
        HostHttp.Reply reply = http.post(API + "/objectives", """
                {"issueKey":"REST-1","cycleId":1,"keyResults":[{"issueKey":"REST-2","kind":"SIDEWAYS","start":0}]}
                """);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("commitment", "keyResults[0].kind", "keyResults[0].target");
        HostHttp.Reply checkIn = http.post(API + "/key-results/REST-2/check-ins", "{\"value\":1,\"confidence\":11}");
        assertThat(fields(checkIn)).containsExactly("confidence");
    }

    @Test
    void unknownIssuesAreNotFoundAndNothingIsWritten() {
        long cycle = newCycle();
        String objective = newIssue("Objective", "Half written?");
        String kr = newIssue("Key Result", "Real one");
        HostHttp.Reply reply = http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":1},
                  {"issueKey":"NOPE-404","kind":"INCREASE_TO","start":0,"target":1}]}
                """.formatted(objective, cycle, kr));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(fields(reply)).containsExactly("keyResults[1].issueKey");
        assertThat(http.get(API + "/objectives/" + objective).status()).isEqualTo(404);
        assertThat(http.post(API + "/key-results/" + kr + "/check-ins", "{\"value\":1,\"confidence\":5}").status())
                .isEqualTo(404);
        assertThat(http.get(API + "/objectives/NOPE-1").status()).isEqualTo(404);
        assertThat(http.get(API + "/gadgets/okr-progress?cycleId=999999").status()).isEqualTo(404);
        assertThat(http.get(API + "/gadgets/okr-progress?cycleId=abc").status()).isEqualTo(400);
    }

    @Test
    void registeringAnIssueTwiceConflicts() {
        long cycle = newCycle();
        String objective = newIssue("Objective", "Once");
        String kr = newIssue("Key Result", "Only once");
        String body = """
                {"issueKey":"%s","cycleId":%d,"commitment":"ASPIRATIONAL","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":1}]}""".formatted(objective, cycle, kr);
        assertThat(http.post(API + "/objectives", body).status()).isEqualTo(201);
        HostHttp.Reply again = http.post(API + "/objectives", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("issueKey");
    }

    @Test
    void theDashboardPageAndItsScriptsAreServed() {
        HostHttp.Reply page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("data-dashboard-item-module=\"emerald/okr-progress-gadget\"", "OKR progress");
        for (String asset : List.of("/static/emerald-web/okr-progress-gadget.js", "/static/host/host-runtime.js",
                "/static/host/host-chrome.css", "/static/host/aui/aui-prototyping.css", "/static/host/aui/aui-prototyping.js",
                "/static/host/aui/fonts/atlassian-icons.woff", "/static/emerald-web/okr-workspace.js")) {
            assertThat(http.get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(http.get("/static/../emerald-host.properties").status()).isEqualTo(404);
        assertThat(http.get("/static/com/emeraldokr/emerald.properties").status()).isEqualTo(404);
    }

    @Test
    void aRestartKeepsTheDataAndDoesNotSeedAgain(@TempDir Path otherDir) {
        HostOptions options = new HostOptions(0, otherDir, null, null, "");
        List<String> before;
        try (EmeraldHost first = EmeraldHost.start(options, Clock.systemUTC())) {
            HostHttp client = new HostHttp(first.port());
            assertThat(client.get(API + "/cycles").body()).hasSize(1);
            before = objectiveKeys(client);
        }
        try (EmeraldHost second = EmeraldHost.start(options, Clock.systemUTC())) {
            HostHttp client = new HostHttp(second.port());
            assertThat(client.get(API + "/cycles").body()).hasSize(1);
            assertThat(objectiveKeys(client)).isNotEmpty().isEqualTo(before);
        }
    }

    private static List<String> objectiveKeys(HostHttp client) {
        List<String> keys = new ArrayList<>();
        client.get(API + "/gadgets/okr-progress").body().get("objectives").forEach(o -> keys.add(o.get("issueKey").asText()));
        return keys;
    }
}
