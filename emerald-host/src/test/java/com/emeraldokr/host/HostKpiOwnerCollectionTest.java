package com.emeraldokr.host;

import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.core.rest.ObjectMapperResolver;
import com.emeraldokr.core.service.kpi.KpiCollector;
import com.emeraldokr.host.sandbox.HostCurrentUser;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled collection measures each JQL-fed KPI as its owner: a KPI whose owner the product no
 * longer knows records nothing, on schedule or on demand, while the others are collected.
 */
class HostKpiOwnerCollectionTest {

    private static final String API = SeededHostTest.API;

    @TempDir
    Path dataDir;

    private static BackupDocument.Kpi openBugs(long id, String ownerKey) {
        return openBugs(id, ownerKey, "QA");
    }

    private static BackupDocument.Kpi openBugs(long id, String ownerKey, String projectKey) {
        return new BackupDocument.Kpi(id, "Open QA bugs of " + ownerKey + (projectKey == null ? " company-wide" : ""), "", ownerKey,
                projectKey, "OPERATIONAL", "LAGGING", "",
                "LOWER_IS_BETTER", "3", null, null, "0.9", "0.7", "WEEKLY", null, false, 1, "project = QA", "COUNT", null);
    }

    @Test
    void aKpiWhoseOwnerIsGoneIsNotCollectedWithAnyoneElsesRights() throws Exception {
        try (EmeraldHost host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, "", false), Clock.systemUTC())) {
            HostHttp http = new HostHttp(host.port());
            host.issues().create(new SandboxIssueDirectory.NewIssue("QA", "Bug", "crash on save", "new", null, null));
            host.issues().create(new SandboxIssueDirectory.NewIssue("QA", "Bug", "typo", "new", null, null));
            BackupDocument backup = new BackupDocument(BackupDocument.FORMAT, 5, "2026-11-20T09:00:00Z", List.of(), List.of(),
                    List.of(), List.of(), List.of(openBugs(1, HostCurrentUser.USER_KEY), openBugs(2, "departed"),
                    // tom browses PLAT only: not the KPI's project QA, and company-wide he sees no QA issue
                    openBugs(3, "tom"), openBugs(4, "tom", null)), List.of(), List.of());
            HostHttp.Reply restored = http.post(API + "/backup/restore", ObjectMapperResolver.newObjectMapper().writeValueAsString(backup));
            assertThat(restored.status()).as(restored.text()).isEqualTo(200);
            long owned = idOf(http, "Open QA bugs of " + HostCurrentUser.USER_KEY);
            long orphaned = idOf(http, "Open QA bugs of departed");
            long notBrowsable = idOf(http, "Open QA bugs of tom");
            long tomsView = idOf(http, "Open QA bugs of tom company-wide");

            KpiCollector.Report report = host.kpiCollection().runNow();

            assertThat(report.collected()).isEqualTo(2);
            assertThat(report.failures()).extracting(KpiCollector.Report.Failure::kpiId).containsExactlyInAnyOrder(orphaned, notBrowsable);
            assertThat(http.get(API + "/kpis/" + notBrowsable + "/measurements?last=1").body()).isEmpty();
            assertThat(http.get(API + "/kpis/" + tomsView + "/measurements?last=1").body().get(0).get("value").decimalValue())
                    .as("counted with tom's rights, not the administrator's").isEqualByComparingTo("0");
            JsonNode counted = http.get(API + "/kpis/" + owned + "/measurements?last=1").body();
            assertThat(counted).singleElement().satisfies(m -> {
                assertThat(m.get("value").decimalValue()).isEqualByComparingTo("2");
                assertThat(m.get("source").asText()).isEqualTo(KpiCollector.SOURCE);
            });
            assertThat(http.get(API + "/kpis/" + orphaned + "/measurements?last=1").body()).as("nothing recorded").isEmpty();

            HostHttp.Reply onDemand = http.post(API + "/kpis/" + orphaned + "/collect", "");
            assertThat(onDemand.status()).isEqualTo(409);
            assertThat(onDemand.body().get("errors").get(0).get("field").asText()).isEqualTo("ownerKey");
            assertThat(onDemand.body().get("errors").get(0).get("message").asText()).contains("departed");
            assertThat(http.get(API + "/kpis/" + orphaned + "/measurements?last=1").body()).isEmpty();
        }
    }

    private static long idOf(HostHttp http, String name) {
        for (JsonNode k : http.get(API + "/kpis").body()) {
            if (k.get("name").asText().equals(name)) {
                return k.get("id").asLong();
            }
        }
        throw new AssertionError("no KPI " + name);
    }
}
