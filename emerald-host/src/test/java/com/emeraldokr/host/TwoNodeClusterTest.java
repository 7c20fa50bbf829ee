package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two host nodes on one PostgreSQL database, in this JVM, as two {@code --node-id} processes run them:
 * what one node writes the other reads at once, cached reads included; of two edits of one version one
 * wins; the scheduled KPI collection runs once per interval across both.
 */
class TwoNodeClusterTest {

    static final String API = "/rest/emerald/1.0";
    static final Duration INTERVAL = Duration.ofSeconds(1);

    @TempDir
    static Path dataDir;
    static EmbeddedPostgres postgres;
    static EmeraldHost nodeA;
    static EmeraldHost nodeB;
    static HostHttp a;
    static HostHttp b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.start();
        nodeA = EmeraldHost.start(options("node-a"), Clock.systemUTC());
        nodeB = EmeraldHost.start(options("node-b"), Clock.systemUTC());
        a = new HostHttp(nodeA.port());
        b = new HostHttp(nodeB.port());
    }

    static HostOptions options(String nodeId) {
        return new HostOptions(0, dataDir, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", true, nodeId, INTERVAL);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[]{nodeB, nodeA, postgres}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void bothNodesServeOneDemoCompany() {
        assertThat(nodeA.cluster().nodeId()).isEqualTo("node-a");
        assertThat(nodeB.cluster().nodeId()).isEqualTo("node-b");
        assertThat(a.get(API + "/cycles").body()).hasSize(b.get(API + "/cycles").body().size()).isNotEmpty();
        assertThat(a.get(API + "/gadgets/okr-progress").body().get("objectives"))
                .isEqualTo(b.get(API + "/gadgets/okr-progress").body().get("objectives"));
    }

    @Test
    void aCycleRenamedOnOneNodeIsReadOnTheOtherAtOnceThoughItCachesCycles() {
        long cycleId = a.get(API + "/cycles").body().get(0).get("id").asLong();
        for (int i = 0; i < 20; i++) {
            EmeraldHost writer = i % 2 == 0 ? nodeA : nodeB;
            HostHttp write = i % 2 == 0 ? a : b;
            HostHttp read = i % 2 == 0 ? b : a;
            // both nodes hold the list in their caches before the write
            a.get(API + "/cycles");
            b.get(API + "/cycles");
            String name = "Quarter " + i + " on " + writer.cluster().nodeId();
            assertThat(write.put(API + "/cycles/" + cycleId, "{\"name\":\"" + name + "\"}").status()).isEqualTo(200);

            assertThat(read.get(API + "/cycles/" + cycleId).body().get("name").asText()).as("read %d", i).isEqualTo(name);
            assertThat(names(read.get(API + "/cycles").body())).as("list %d", i).contains(name);
        }
    }

    @Test
    void aCycleCreatedOnOneNodeIsListedOnTheOther() {
        b.get(API + "/cycles");
        JsonNode created = a.post(API + "/cycles", """
                {"name":"Two-node quarter","start":"2031-01-01","end":"2031-03-31","timeZone":"UTC"}""").body();
        assertThat(names(b.get(API + "/cycles").body())).contains("Two-node quarter");
        assertThat(b.delete(API + "/cycles/" + created.get("id").asLong()).status()).isEqualTo(204);
        assertThat(names(a.get(API + "/cycles").body())).doesNotContain("Two-node quarter");
    }

    @Test
    void aKeyResultEditedOnOneNodeIsReadOnTheOther() {
        JsonNode kr = firstKeyResult(b);
        String key = kr.get("issueKey").asText();
        for (int i = 1; i <= 5; i++) {
            JsonNode current = a.get(API + "/key-results/" + key).body();
            String body = editBody(current, 100 + i, current.get("version").asInt());
            assertThat(a.put(API + "/key-results/" + key, body).status()).isEqualTo(200);
            JsonNode onB = b.get(API + "/key-results/" + key).body();
            assertThat(onB.get("target").decimalValue()).isEqualByComparingTo(String.valueOf(100 + i));
            assertThat(onB.get("version").asInt()).isEqualTo(current.get("version").asInt() + 1);
        }
    }

    @Test
    void ofTheSameVersionEditedOnBothNodesOneWinsAndTheOtherGets409() throws Exception {
        String key = firstKeyResult(a).get("issueKey").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                JsonNode current = a.get(API + "/key-results/" + key).body();
                int version = current.get("version").asInt();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (HostHttp node : List.of(a, b)) {
                    String body = editBody(current, node == a ? 200 + round : 300 + round, version);
                    answers.add(pool.submit((Callable<Integer>) () -> {
                        together.await();
                        return node.put(API + "/key-results/" + key, body).status();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                JsonNode after = b.get(API + "/key-results/" + key).body();
                assertThat(after.get("version").asInt()).isEqualTo(version + 1);
                String winner = statuses.get(0) == 200 ? "20" : "30";
                assertThat(after.get("target").decimalValue().toPlainString()).isEqualTo(winner + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKpiCollectionRunsOncePerIntervalAcrossBothNodes() throws Exception {
        Thread.sleep(INTERVAL.multipliedBy(4).toMillis());

        Map<Long, Integer> runsBySlot = runsBySlot(nodeA);
        assertThat(runsBySlot.size()).as("slots run").isGreaterThanOrEqualTo(3);
        assertThat(runsBySlot.values()).as("runs per slot").containsOnly(1);
    }

    /** How many runs of the KPI collection each slot had, from the run log. */
    static Map<Long, Integer> runsBySlot(EmeraldHost node) throws Exception {
        Map<Long, Integer> runs = new LinkedHashMap<>();
        String table = node.database().tablePrefix().prepend("CLUSTER_JOB_RUN");
        try (Connection c = node.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"SLOT\", COUNT(*) FROM \"" + table + "\" WHERE \"JOB_NAME\" = '"
                     + KpiCollectionSchedule.JOB + "' GROUP BY \"SLOT\" ORDER BY \"SLOT\"")) {
            while (rs.next()) {
                runs.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return runs;
    }

    static JsonNode firstKeyResult(HostHttp node) {
        return node.get(API + "/gadgets/okr-progress").body().get("objectives").get(0).get("keyResults").get(0);
    }

    static String editBody(JsonNode kr, int target, int version) {
        return """
                {"kind":"INCREASE_TO","start":0,"target":%d,"unit":"%s","weight":1,"version":%d}"""
                .formatted(target, kr.get("unit").asText(), version);
    }

    private static List<String> names(JsonNode cycles) {
        List<String> names = new ArrayList<>();
        cycles.forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
