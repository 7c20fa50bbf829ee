package com.emeraldokr.host;

import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed cycle's frozen scores (with an override) and archived objectives survive export and restore. */
class HostCycleBackupTest {

    private static final String API = "/rest/emerald/1.0";

    @TempDir
    Path source;
    @TempDir
    Path target;

    private static String issue(EmeraldHost host, String type, String summary) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue("BAK", type, summary, "new", null, null)).key();
    }

    private static List<String> fields(HostHttp.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** What the objectives show of their lifecycle: archived, final scores, override. */
    private static List<String> lifecycle(HostHttp http, List<String> objectives) {
        List<String> lines = new ArrayList<>();
        for (String key : objectives) {
            JsonNode o = http.get(API + "/objectives/" + key).body();
            lines.add(key + " archived=" + o.get("archived").asBoolean() + " final=" + o.get("finalScore").asText()
                    + " overridden=" + o.get("finalScoreOverridden").asText() + " reason=" + o.get("overrideReason").asText()
                    + " progress=" + o.get("progress").decimalValue().stripTrailingZeros().toPlainString()
                    + " status=" + o.get("status").asText());
            o.get("keyResults").forEach(k -> lines.add("  " + k.get("issueKey").asText() + " final=" + k.get("finalScore").asText()));
        }
        return lines;
    }

    @Test
    void finalScoresAndArchivedObjectivesRoundTrip() {
        JsonNode backup;
        List<String> before;
        List<String> objectives = new ArrayList<>();
        int issues = 0;
        try (EmeraldHost host = EmeraldHost.start(new HostOptions(0, source, null, null, "", false), Clock.systemUTC())) {
            HostHttp http = new HostHttp(host.port());
            long closed = http.post(API + "/cycles", """
                    {"name":"2025 Q4","start":"2025-10-01","end":"2025-12-31","timeZone":"UTC","state":"ACTIVE"}""")
                    .body().get("id").asLong();
            long open = http.post(API + "/cycles", """
                    {"name":"2026 Q1","start":"2026-01-01","end":"2026-03-31","timeZone":"UTC","state":"PLANNING"}""")
                    .body().get("id").asLong();
            for (long cycle : List.of(closed, closed, open)) {
                String objective = issue(host, "Objective", "Objective " + cycle);
                String kr = issue(host, "Key Result", "Key result " + cycle);
                issues += 2;
                assertThat(http.post(API + "/objectives", """
                        {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                          {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":8}]}""".formatted(objective, cycle, kr))
                        .status()).isEqualTo(201);
                assertThat(http.post(API + "/key-results/" + kr + "/check-ins", "{\"value\":3,\"confidence\":4}").status())
                        .isEqualTo(201);
                objectives.add(objective);
            }
            assertThat(http.post(API + "/objectives/" + objectives.get(1) + "/archive", "").status()).isEqualTo(200);
            assertThat(http.post(API + "/objectives/" + objectives.get(2) + "/archive", "").status()).isEqualTo(200);
            assertThat(http.post(API + "/cycles/" + closed + "/close", """
                    {"overrides":[{"objectiveKey":"%s","score":0.55,"reason":"Counted the pilot customers too"}]}"""
                    .formatted(objectives.get(0))).status()).isEqualTo(200);
            backup = http.get(API + "/backup").body();
            before = lifecycle(http, objectives);
        }
        assertThat(backup.get("modelVersion").asInt()).isEqualTo(SchemaSteps.currentVersion());
        assertThat(backup.get("finalScores")).hasSize(4);
        assertThat(before.get(0)).contains("final=0.55", "overridden=true", "reason=Counted the pilot customers too",
                "progress=0.375", "status=MISSED");
        assertThat(before).anySatisfy(line -> assertThat(line).contains("archived=true", "final=0.375"));

        try (EmeraldHost empty = EmeraldHost.start(new HostOptions(0, target, null, null, "", false), Clock.systemUTC())) {
            HostHttp http = new HostHttp(empty.port());
            for (int i = 1; i <= issues; i++) {
                issue(empty, "Story", "BAK " + i);
            }
            ObjectNode noReason = backup.deepCopy();
            JsonNode scores = noReason.get("finalScores");
            int overridden = 0;
            while (scores.get(overridden).get("overrideReason").isNull()) {
                overridden++;
            }
            ((ObjectNode) scores.get(overridden)).put("overrideReason", " ");
            ((ObjectNode) scores.get(overridden)).put("score", "1.2");
            HostHttp.Reply refused = http.post(API + "/backup/restore", noReason.toString());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(fields(refused)).containsExactlyInAnyOrder("finalScores[" + overridden + "].overrideReason",
                    "finalScores[" + overridden + "].score");
            assertThat(http.get(API + "/cycles").body()).as("nothing written").isEmpty();

            HostHttp.Reply restored = http.post(API + "/backup/restore", backup.toString());
            assertThat(restored.status()).isEqualTo(200);
            assertThat(restored.body().get("finalScores").asInt()).isEqualTo(4);
            assertThat(lifecycle(http, objectives)).isEqualTo(before);
        }
    }
}
