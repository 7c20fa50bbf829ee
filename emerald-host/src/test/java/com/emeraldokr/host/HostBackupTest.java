package com.emeraldokr.host;

import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything exported from one host restores into an empty one; a bad document writes nothing. */
class HostBackupTest {

    private static final String API = "/rest/emerald/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path source;
    @TempDir
    Path target;

    private static List<String> fields(HostHttp.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static List<String> summary(HostHttp http) {
        List<String> lines = new ArrayList<>();
        http.get(API + "/gadgets/okr-progress").body().get("objectives").forEach(o -> {
            lines.add(o.get("issueKey").asText() + " " + o.get("percent").asInt() + "% " + o.get("status").asText());
            o.get("keyResults").forEach(k -> lines.add("  " + k.get("issueKey").asText() + " " + k.get("current").asText()));
        });
        http.get(API + "/kpis").body().forEach(k -> lines.add(k.get("name").asText() + " " + k.get("current").get("health").asText()));
        return lines;
    }

    @Test
    void aBackupRestoresIntoAnEmptyInstanceWithNothingLost() throws Exception {
        JsonNode backup;
        List<String> before;
        try (EmeraldHost seeded = EmeraldHost.start(new HostOptions(0, source, null, null, ""), Clock.systemUTC())) {
            HostHttp http = new HostHttp(seeded.port());
            HostHttp.Reply exported = http.get(API + "/backup");
            assertThat(exported.status()).isEqualTo(200);
            backup = exported.body();
            before = summary(http);
        }
        assertThat(backup.get("format").asText()).isEqualTo("emerald-backup");
        assertThat(backup.get("objectives")).hasSize(4);
        assertThat(backup.get("measurements").size()).isGreaterThanOrEqualTo(24);

        try (EmeraldHost empty = EmeraldHost.start(new HostOptions(0, target, null, null, "", false), Clock.systemUTC())) {
            HostHttp http = new HostHttp(empty.port());
            assertThat(http.get(API + "/cycles").body()).isEmpty();
            // the issues exist in the target Jira under the same keys, with other ids
            empty.issues().create(new SandboxIssueDirectory.NewIssue("OTHER", "Story", "shifts the ids", "new", null, null));
            TreeSet<Integer> numbers = new TreeSet<>();
            backup.get("keyResults").forEach(k -> numbers.add(Integer.parseInt(k.get("issueKey").asText().substring(4))));
            for (int i = 1; i <= numbers.last(); i++) {
                empty.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Objective", "OKR " + i, "new", null, null));
            }

            ObjectNode wrongFormat = backup.deepCopy();
            wrongFormat.put("format", "something-else");
            assertThat(fields(http.post(API + "/backup/restore", wrongFormat.toString()))).containsExactly("format");
            ObjectNode badNumber = backup.deepCopy();
            ((ObjectNode) badNumber.get("keyResults").get(0)).put("target", "lots");
            ((ObjectNode) badNumber.get("checkIns").get(0)).put("confidence", 12);
            assertThat(fields(http.post(API + "/backup/restore", badNumber.toString())))
                    .containsExactlyInAnyOrder("keyResults[0].target", "checkIns[0].confidence");
            ObjectNode unknownIssue = backup.deepCopy();
            ((ObjectNode) unknownIssue.get("objectives").get(0)).put("issueKey", "NOPE-1");
            HostHttp.Reply dangling = http.post(API + "/backup/restore", unknownIssue.toString());
            assertThat(dangling.status()).isEqualTo(400);
            assertThat(fields(dangling)).contains("keyResults[0].objectiveIssueKey");
            assertThat(http.get(API + "/cycles").body()).as("nothing written by a refused restore").isEmpty();
            assertThat(http.get(API + "/kpis").body()).isEmpty();

            HostHttp.Reply restored = http.post(API + "/backup/restore", JSON.writeValueAsString(backup));
            assertThat(restored.status()).isEqualTo(200);
            // epic links and the work under epics are Jira's data, not the backup's: the target Jira has work
            // with the same done share (1 of 3 issues) linked to the key result that measures it
            IssueSummary epic = empty.issues().create(
                    new SandboxIssueDirectory.NewIssue("PLAT", "Epic", "Build cache", "indeterminate", null, null));
            empty.issues().create(new SandboxIssueDirectory.NewIssue("PLAT", "Story", "done", "done", 3, epic.key()));
            empty.issues().create(new SandboxIssueDirectory.NewIssue("PLAT", "Story", "to do", "new", 5, epic.key()));
            for (JsonNode kr : backup.get("keyResults")) {
                if (kr.get("kind").asText().equals("ISSUE_COMPLETION")) {
                    assertThat(http.post(API + "/key-results/" + kr.get("issueKey").asText() + "/epics",
                            "{\"issueKey\":\"" + epic.key() + "\"}").status()).isEqualTo(201);
                }
            }
            assertThat(restored.body().get("checkIns").asInt()).isEqualTo(backup.get("checkIns").size());
            assertThat(restored.body().get("measurements").asInt()).isEqualTo(backup.get("measurements").size());
            assertThat(summary(http)).isEqualTo(before);

            assertThat(http.post(API + "/backup/restore", JSON.writeValueAsString(backup)).status()).isEqualTo(409);
        }
    }

    /**
     * A backup that registers one issue twice, or holds values beyond the columns, is refused naming
     * each entry, and nothing is written: the export reads the same before and after.
     */
    @Test
    void aBackupBreakingTheApisRulesIsRefusedNamingTheEntryAndWritesNothing() throws Exception {
        JsonNode backup;
        try (EmeraldHost seeded = EmeraldHost.start(new HostOptions(0, source, null, null, ""), Clock.systemUTC())) {
            backup = new HostHttp(seeded.port()).get(API + "/backup").body();
        }
        try (EmeraldHost empty = EmeraldHost.start(new HostOptions(0, target, null, null, "", false), Clock.systemUTC())) {
            HostHttp http = new HostHttp(empty.port());
            TreeSet<Integer> numbers = new TreeSet<>();
            backup.get("keyResults").forEach(k -> numbers.add(Integer.parseInt(k.get("issueKey").asText().substring(4))));
            for (int i = 1; i <= numbers.last(); i++) {
                empty.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Objective", "OKR " + i, "new", null, null));
            }
            String before = exportWithoutTime(http);

            ObjectNode twoObjectives = backup.deepCopy();
            ((ObjectNode) twoObjectives.get("objectives").get(1)).put("issueKey", backup.get("objectives").get(0).get("issueKey").asText());
            assertRefused(http, twoObjectives, "objectives[1].issueKey");

            ObjectNode objectiveAndKeyResult = backup.deepCopy();
            String objectiveKey = backup.get("objectives").get(0).get("issueKey").asText();
            ObjectNode kr = (ObjectNode) objectiveAndKeyResult.get("keyResults").get(0);
            for (JsonNode c : objectiveAndKeyResult.get("checkIns")) {
                if (c.get("keyResultIssueKey").asText().equals(kr.get("issueKey").asText())) {
                    ((ObjectNode) c).put("keyResultIssueKey", objectiveKey);
                }
            }
            for (JsonNode f : objectiveAndKeyResult.get("finalScores")) {
                if (f.get("issueKey").asText().equals(kr.get("issueKey").asText())) {
                    ((ObjectNode) f).put("issueKey", objectiveKey + "-gone");
                }
            }
            kr.put("issueKey", objectiveKey);
            assertThat(fields(http.post(API + "/backup/restore", objectiveAndKeyResult.toString()))).contains("keyResults[0].issueKey");
            assertThat(exportWithoutTime(http)).isEqualTo(before);

            ObjectNode tooBig = backup.deepCopy();
            ((ObjectNode) tooBig.get("keyResults").get(0)).put("unit", "u".repeat(100));
            ((ObjectNode) tooBig.get("keyResults").get(1)).put("target", "1" + "0".repeat(29));
            ((ObjectNode) tooBig.get("cycles").get(0)).put("end", "+10000-01-01");
            ((ObjectNode) tooBig.get("cycles").get(0)).put("start", "0000-01-01");
            ((ObjectNode) tooBig.get("kpis").get(0)).put("ownerKey", "o".repeat(300));
            ((ObjectNode) tooBig.get("kpis").get(0)).put("unit", "u".repeat(100));
            ((ObjectNode) tooBig.get("measurements").get(0)).put("source", "SOMEONE ELSE ENTIRELY");
            ((ObjectNode) tooBig.get("checkIns").get(0)).put("author", "a".repeat(300));
            ((ObjectNode) tooBig.get("checkIns").get(1)).put("at", "+10000-01-01T00:00:00Z");
            assertThat(fields(http.post(API + "/backup/restore", tooBig.toString()))).containsExactlyInAnyOrder(
                    "keyResults[0].unit", "keyResults[1].target", "cycles[0].end", "cycles[0].start", "kpis[0].ownerKey",
                    "kpis[0].unit", "measurements[0].source", "checkIns[0].author", "checkIns[1].at");
            assertThat(exportWithoutTime(http)).isEqualTo(before);
        }
    }

    private static void assertRefused(HostHttp http, ObjectNode backup, String field) {
        HostHttp.Reply refused = http.post(API + "/backup/restore", backup.toString());
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(fields(refused)).contains(field);
    }

    private static String exportWithoutTime(HostHttp http) {
        ObjectNode export = (ObjectNode) http.get(API + "/backup").body();
        export.remove("exportedAt");
        return export.toString();
    }
}
