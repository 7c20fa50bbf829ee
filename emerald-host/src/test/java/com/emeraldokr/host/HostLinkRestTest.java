package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Epics linked to key results, progress from the work under them, and objectives aligned to
 * parents, over HTTP against the seeded demo company.
 */
class HostLinkRestTest extends SeededHostTest {

    private static String key(String issueKey) {
        return "{\"issueKey\":\"" + issueKey + "\"}";
    }

    private static List<String> epicLines(JsonNode keyResult) {
        List<String> lines = new ArrayList<>();
        keyResult.get("completion").get("epics").forEach(e -> lines.add(e.get("issueKey").asText() + " "
                + e.get("done").asText() + "/" + e.get("total").asText() + " " + e.get("percent").asInt() + "%"));
        return lines;
    }

    private String newIssue(String project, String type, String status, String epicKey) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue(project, type, type + " of the link test", status,
                null, epicKey)).key();
    }

    @Test
    void theDemoKeyResultIsMeasuredByTheWorkUnderItsEpics() {
        HostHttp.Reply kr = http.get(API + "/key-results/OKR-5");
        assertThat(kr.status()).isEqualTo(200);
        assertThat(kr.body().get("kind").asText()).isEqualTo("ISSUE_COMPLETION");
        // build cache: 4 stories, 2 done; flaky tests: 3 stories, 1 done; the epic issues are no work of their own
        assertThat(epicLines(kr.body())).containsExactly("PLAT-1 2/4 50%", "PLAT-6 1/3 33%");
        assertThat(kr.body().get("completion").get("issues").asInt()).isEqualTo(7);
        assertThat(kr.body().get("percent").asInt()).isEqualTo(43);
        assertThat(kr.body().get("current").decimalValue()).isEqualByComparingTo("0.4286");
    }

    @Test
    void progressFollowsTheWorkAndShowsOnTheDashboard() {
        String objective = newIssue("FLOW", "Objective", "new", null);
        String kr = newIssue("FLOW", "Key Result", "new", null);
        String epic = newIssue("FLOW", "Epic", "indeterminate", null);
        String story = newIssue("FLOW", "Story", "new", epic);
        newIssue("FLOW", "Story", "done", epic);
        long cycle = http.post(API + "/cycles", "{\"name\":\"Flow\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\","
                + "\"timeZone\":\"UTC\",\"state\":\"ACTIVE\"}").body().get("id").asLong();
        HostHttp.Reply created = http.post(API + "/objectives", "{\"issueKey\":\"" + objective + "\",\"cycleId\":" + cycle
                + ",\"commitment\":\"COMMITTED\",\"keyResults\":[{\"issueKey\":\"" + kr + "\",\"kind\":\"ISSUE_COMPLETION\"}]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("keyResults").get(0).get("percent").asInt()).as("no epic linked yet").isZero();

        assertThat(http.post(API + "/key-results/" + kr + "/epics", key(epic)).status()).isEqualTo(201);
        assertThat(http.get(API + "/key-results/" + kr).body().get("percent").asInt()).as("1 of 2 stories, the epic aside")
                .isEqualTo(50);
        assertThat(host.issues().transition(epic, "done")).isTrue();
        assertThat(http.get(API + "/key-results/" + kr).body().get("percent").asInt()).as("a done epic is no done work")
                .isEqualTo(50);

        assertThat(host.issues().transition(epic, "indeterminate")).isTrue();
        newIssue("FLOW", "Story", "new", epic);
        assertThat(host.issues().transition(story, "done")).isTrue();
        assertThat(http.get(API + "/key-results/" + kr).body().get("percent").asInt()).isEqualTo(67);
        JsonNode onDashboard = null;
        for (JsonNode o : http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body().get("objectives")) {
            if (o.get("issueKey").asText().equals(objective)) {
                onDashboard = o;
            }
        }
        assertThat(onDashboard).isNotNull();
        assertThat(onDashboard.get("keyResults").get(0).get("percent").asInt()).isEqualTo(67);
        assertThat(onDashboard.get("percent").asInt()).isEqualTo(67);
    }

    @Test
    void anIssueCompletionKeyResultKeepsItsFixedRange() {
        String objective = newIssue("RANGE", "Objective", "new", null);
        String kr = newIssue("RANGE", "Key Result", "new", null);
        HostHttp.Reply refused = http.post(API + "/objectives", "{\"issueKey\":\"" + objective + "\",\"cycleId\":1,"
                + "\"commitment\":\"COMMITTED\",\"keyResults\":[{\"issueKey\":\"" + kr + "\",\"kind\":\"ISSUE_COMPLETION\","
                + "\"start\":0,\"target\":5}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("keyResults[0].target");
    }

    @Test
    void linkingAnEpicFollowsTheRules() {
        String path = API + "/key-results/OKR-2/epics";
        HostHttp.Reply linked = http.post(path, key("GROW-1"));
        assertThat(linked.status()).isEqualTo(201);
        assertThat(epicLines(linked.body())).containsExactly("GROW-1 1/3 33%");

        HostHttp.Reply twice = http.post(path, key("grow-1"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(fields(twice)).containsExactly("issueKey");
        HostHttp.Reply story = http.post(path, key("PLAT-2"));
        assertThat(story.status()).as("a story is not an epic").isEqualTo(400);
        assertThat(story.body().get("errors").get(0).get("message").asText()).contains("PLAT-2").contains("not an epic");
        assertThat(http.post(path, key("NOPE-9")).status()).isEqualTo(404);
        HostHttp.Reply notKr = http.post(API + "/key-results/PLAT-2/epics", key("GROW-1"));
        assertThat(notKr.status()).isEqualTo(404);
        assertThat(fields(notKr)).containsExactly("keyResultKey");
        assertThat(fields(http.post(path, "{}"))).containsExactly("issueKey");

        HostHttp.Reply unlinked = http.delete(path + "/GROW-1");
        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(unlinked.body().get("completion").isNull()).as("no epic left").isTrue();
        assertThat(http.delete(path + "/GROW-1").status()).isEqualTo(404);
    }

    @Test
    void objectivesAlignToOneParentWithoutLoops() {
        HostHttp.Reply aligned = http.put(API + "/objectives/OKR-6/alignment", key("OKR-1"));
        assertThat(aligned.status()).isEqualTo(200);
        assertThat(aligned.body().get("parentKey").asText()).isEqualTo("OKR-1");
        assertThat(http.get(API + "/objectives/OKR-6/alignment").body().get("parentKey").asText()).isEqualTo("OKR-1");
        assertThat(http.get(API + "/objectives/OKR-6").body().get("parentKey").asText()).isEqualTo("OKR-1");
        // the cycle read carries every objective's parent, so an alignment tree needs no request per objective
        JsonNode cycle = http.get(API + "/gadgets/okr-progress").body().get("objectives");
        for (JsonNode o : cycle) {
            String expected = o.get("issueKey").asText().equals("OKR-6") ? "OKR-1" : null;
            assertThat(o.get("parentKey").isNull() ? null : o.get("parentKey").asText()).as(o.get("issueKey").asText())
                    .isEqualTo(expected);
        }
        assertThat(http.put(API + "/objectives/OKR-6/alignment", key("OKR-1")).status()).as("same parent again").isEqualTo(200);

        HostHttp.Reply loop = http.put(API + "/objectives/OKR-1/alignment", key("OKR-6"));
        assertThat(loop.status()).isEqualTo(409);
        assertThat(loop.body().get("errors").get(0).get("message").asText()).contains("OKR-1").contains("OKR-6");
        assertThat(http.put(API + "/objectives/OKR-1/alignment", key("OKR-1")).status()).isEqualTo(400);
        assertThat(fields(http.put(API + "/objectives/OKR-6/alignment", key("OKR-2")))).as("a key result is no parent")
                .containsExactly("issueKey");

        // a new parent replaces the old one
        assertThat(http.put(API + "/objectives/OKR-6/alignment", key("OKR-10")).body().get("parentKey").asText())
                .isEqualTo("OKR-10");
        HostHttp.Reply removed = http.delete(API + "/objectives/OKR-6/alignment");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("parentKey").isNull()).isTrue();
        assertThat(http.get(API + "/objectives/OKR-6").body().get("parentKey").isNull()).isTrue();
        assertThat(http.delete(API + "/objectives/OKR-6/alignment").status()).isEqualTo(404);
    }

    @Test
    void anAdminEnablesOkrsInAProject() {
        HostHttp.Reply enabled = http.post(API + "/admin/projects/plat/okr-issue-types", "");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.body().get("found").toString()).contains("Objective", "Key Result");
        assertThat(http.post(API + "/admin/projects/NOPE/okr-issue-types", "").status()).isEqualTo(404);
    }
}
