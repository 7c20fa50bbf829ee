package com.emeraldokr.host;

import com.emeraldokr.host.cluster.HostCluster;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Host nodes on one PostgreSQL database: two in this JVM, as two {@code --node-id} processes run them,
 * and a third in a process of its own, to be killed. What one node writes the other reads at once,
 * cached reads included; of two edits of one version one wins; the scheduled KPI collection runs once
 * per interval across the nodes, also after one is killed ({@code kill -9}) in the middle of writes,
 * which leaves every command whole or not written at all.
 */
class HostClusterTest {

    private static final String API = "/rest/emerald/1.0";
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @TempDir
    static Path dataDir;
    static EmbeddedPostgres postgres;
    static HostClusterNodes nodes;
    static EmeraldHost nodeA;
    static EmeraldHost nodeB;
    static HostHttp a;
    static HostHttp b;
    static CompletableFuture<HostNodeProcess> nodeProcess;

    @BeforeAll
    static void startNodes() throws Exception {
        postgres = EmbeddedPostgres.start();
        // the process starts beside the nodes here; it waits for node A's schema upgrade under the start-up lock
        nodeProcess = CompletableFuture.supplyAsync(() -> {
            try {
                return HostNodeProcess.start(dataDir, "--port", "0", "--db-url", postgres.getJdbcUrl("postgres", "postgres"),
                        "--db-user", "postgres", "--db-password", "", "--node-id", "node-3", "--demo", "false",
                        "--kpi-collection-interval", INTERVAL.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        nodes = HostClusterNodes.start(2, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", dataDir, true, INTERVAL);
        nodeA = nodes.nodes().get(0);
        nodeB = nodes.nodes().get(1);
        a = new HostHttp(nodeA.port());
        b = new HostHttp(nodeB.port());
    }

    @AfterAll
    static void stop() throws Exception {
        HostNodeProcess started = nodeProcess == null ? null : nodeProcess.handle((node, failure) -> node).get(120, TimeUnit.SECONDS);
        for (AutoCloseable c : new AutoCloseable[]{started, nodes, postgres}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void bothNodesServeOneDemoCompany() {
        assertThat(nodeA.cluster().nodeId()).isEqualTo("node-1");
        assertThat(nodeB.cluster().nodeId()).isEqualTo("node-2");
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
    void theDashboardOfOneNodeShowsCheckInsAndSettingsMadeOnTheOtherAtOnce() {
        String key = firstKeyResult(a).get("issueKey").asText();
        for (int i = 1; i <= 5; i++) {
            // both nodes hold the cycle's rows, its assessment and the sandbox's issues before the write
            a.get(API + "/gadgets/okr-progress?limit=200");
            b.get(API + "/gadgets/okr-progress?limit=200");
            HostHttp write = i % 2 == 0 ? a : b;
            HostHttp read = i % 2 == 0 ? b : a;
            int value = 10 + i;
            assertThat(write.post(API + "/key-results/" + key + "/check-ins", "{\"value\": " + value + ", \"confidence\": 6}")
                    .status()).isEqualTo(201);
            assertThat(currentOnDashboard(read, key)).as("check-in %d", i).isEqualByComparingTo(String.valueOf(value));
        }

        a.get(API + "/admin/epic-progress");
        b.get(API + "/admin/epic-progress");
        assertThat(a.put(API + "/admin/epic-progress",
                "{\"measure\":\"STORY_POINTS\",\"unestimated\":\"EXCLUDE\",\"storyPointsField\":\"Story Points\"}").status())
                .isEqualTo(200);
        assertThat(b.get(API + "/admin/epic-progress").body().get("measure").asText()).isEqualTo("STORY_POINTS");
        assertThat(b.put(API + "/admin/epic-progress", "{\"measure\":\"ISSUE_COUNT\",\"unestimated\":\"EXCLUDE\"}").status())
                .isEqualTo(200);
        assertThat(a.get(API + "/admin/epic-progress").body().get("measure").asText()).isEqualTo("ISSUE_COUNT");
    }

    /** The key result's current value as the OKR progress item shows it. */
    private static BigDecimal currentOnDashboard(HostHttp node, String keyResultKey) {
        for (JsonNode objective : node.get(API + "/gadgets/okr-progress?limit=200").body().get("objectives")) {
            for (JsonNode kr : objective.get("keyResults")) {
                if (kr.get("issueKey").asText().equals(keyResultKey)) {
                    return kr.get("current").decimalValue();
                }
            }
        }
        throw new AssertionError(keyResultKey + " is not on the dashboard");
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

    @Test
    void aNodeKilledMidWriteLeavesNoHalfWrittenObjectiveCheckInOrKpiAndTheOthersGoOnCollecting() throws Exception {
        try (HostNodeProcess nodeC = nodeProcess.get(120, TimeUnit.SECONDS)) {
            HostHttp c = new HostHttp(nodeC.port());
            // a cycle under way: check-ins dated before a cycle starts are refused
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long cycleId = a.post(API + "/cycles", """
                    {"name":"Kill quarter","start":"%s","end":"%s","timeZone":"UTC"}""".formatted(today.minusDays(10),
                    today.plusDays(80))).body().get("id").asLong();
            JsonNode first = a.post(API + "/objectives/new", objective(cycleId, 0)).body();
            String checkedIn = first.get("keyResults").get(0).get("issueKey").asText();
            String edited = first.get("keyResults").get(1).get("issueKey").asText();
            long kpiId = a.post(API + "/kpis", kpi("Kill uptime", 1)).body().get("id").asLong();

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            writers.submit(() -> repeat(stop, written, i -> c.post(API + "/objectives/new", objective(cycleId, i)).status() == 201));
            writers.submit(() -> repeat(stop, written, i -> c.post(API + "/key-results/" + checkedIn + "/check-ins",
                    "{\"value\":" + i + ",\"confidence\":5}").status() == 201));
            int[] krVersion = {c.get(API + "/key-results/" + edited).body().get("version").asInt()};
            writers.submit(() -> repeat(stop, written, i -> {
                HostHttp.Reply r = c.put(API + "/key-results/" + edited, """
                        {"kind":"INCREASE_TO","start":0,"target":%d,"unit":"teams","weight":1,"version":%d}""".formatted(1000 + i, krVersion[0]));
                krVersion[0] = r.status() == 200 ? r.body().get("version").asInt() : krVersion[0];
                return r.status() == 200;
            }));
            int[] kpiVersion = {1};
            writers.submit(() -> repeat(stop, written, i -> {
                HostHttp.Reply r = c.put(API + "/kpis/" + kpiId, kpi("Kill uptime " + i, kpiVersion[0]));
                kpiVersion[0] = r.status() == 200 ? r.body().get("version").asInt() : kpiVersion[0];
                return r.status() == 200 && c.put(API + "/kpis/" + kpiId + "/measurements/2025-0" + (1 + i % 9),
                        "{\"value\":" + i + "}").status() == 200;
            }));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (written.get() < 40 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            nodeC.kill();
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(written.get()).as("writes on node 3 before it was killed").isGreaterThanOrEqualTo(40);

            try (Connection db = nodeA.database().dataSource().getConnection(); Statement s = db.createStatement()) {
                String objective = table(nodeA, "OBJECTIVE");
                String keyResult = table(nodeA, "KEY_RESULT");
                String checkIn = table(nodeA, "CHECK_IN");
                String revision = table(nodeA, "REVISION");
                String kpi = table(nodeA, "KPI");
                assertThat(count(s, "SELECT COUNT(*) FROM " + objective + " o WHERE o.\"CYCLE_ID\" = " + cycleId
                        + " AND (SELECT COUNT(*) FROM " + keyResult + " k WHERE k.\"OBJECTIVE_ISSUE_ID\" = o.\"ISSUE_ID\") <> 2"))
                        .as("objectives without both their key results").isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM " + keyResult + " k WHERE NOT EXISTS (SELECT 1 FROM " + objective
                        + " o WHERE o.\"ISSUE_ID\" = k.\"OBJECTIVE_ISSUE_ID\")")).as("key results without their objective").isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM " + revision + " r WHERE r.\"REVISION_KEY\" LIKE 'ISSUE:%' AND NOT EXISTS ("
                        + "SELECT 1 FROM " + objective + " o WHERE 'ISSUE:' || o.\"ISSUE_ID\" = r.\"REVISION_KEY\") AND NOT EXISTS ("
                        + "SELECT 1 FROM " + keyResult + " k WHERE 'ISSUE:' || k.\"ISSUE_ID\" = r.\"REVISION_KEY\")"))
                        .as("issue registrations without their row").isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM " + objective + " WHERE \"CYCLE_ID\" = " + cycleId))
                        .as("objectives written").isGreaterThan(1);
                // the latest value of the key result is its latest check-in's
                try (ResultSet rs = s.executeQuery("SELECT k.\"LATEST_VALUE\", (SELECT c.\"METRIC_VALUE\" FROM " + checkIn
                        + " c WHERE c.\"KEY_RESULT_ISSUE_ID\" = k.\"ISSUE_ID\" ORDER BY c.\"CREATED_AT\" DESC, c.\"ID\" DESC LIMIT 1), "
                        + "(SELECT COUNT(*) FROM " + checkIn + " c WHERE c.\"KEY_RESULT_ISSUE_ID\" = k.\"ISSUE_ID\") FROM "
                        + keyResult + " k WHERE k.\"ISSUE_ID\" = " + issueId(nodeA, checkedIn))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(3)).as("check-ins written").isPositive();
                    assertThat(rs.getString(1)).as("latest value").isEqualTo(rs.getString(2));
                }
                // a versioned edit is the row at version v with the claim of v, and no claim beyond it
                assertVersionMatchesClaims(s, keyResult, "\"ISSUE_ID\" = " + issueId(nodeA, edited), revision,
                        "KR:" + issueId(nodeA, edited));
                assertVersionMatchesClaims(s, kpi, "\"ID\" = " + kpiId, revision, "KPI:" + kpiId);
            }
            // what the surviving node exports is whole: every key result's objective and every check-in's key result is in it
            JsonNode backup = a.get(API + "/backup").body();
            List<String> objectives = new ArrayList<>();
            backup.get("objectives").forEach(o -> objectives.add(o.get("issueKey").asText()));
            List<String> keyResults = new ArrayList<>();
            backup.get("keyResults").forEach(k -> {
                assertThat(objectives).contains(k.get("objectiveIssueKey").asText());
                keyResults.add(k.get("issueKey").asText());
            });
            backup.get("checkIns").forEach(ci -> assertThat(keyResults).contains(ci.get("keyResultIssueKey").asText()));
            backup.get("measurements").forEach(m -> assertThat(m.get("kpiId").asLong()).isPositive());

            // the surviving node goes on collecting, once per interval
            long killedInSlot = System.currentTimeMillis() / INTERVAL.toMillis();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lastSlot(nodeA) <= killedInSlot + 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(lastSlot(nodeA)).as("a slot after the kill ran on node 1 or 2").isGreaterThan(killedInSlot + 1);
            Map<Long, Integer> runs = runsBySlot(nodeA);
            assertThat(runs.values()).as("runs per slot").containsOnly(1);
        }
    }

    private interface Write {
        boolean once(int i) throws Exception;
    }

    /** Writes until stopped; a failed request (the node being killed) ends the loop. */
    private static void repeat(AtomicBoolean stop, AtomicInteger written, Write write) {
        for (int i = 1; !stop.get(); i++) {
            try {
                if (write.once(i)) {
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                return;
            }
        }
    }

    private static String objective(long cycleId, int i) {
        return """
                {"projectKey":"GROW","cycleId":%d,"commitment":"COMMITTED","summary":"Survive node loss %d",
                 "keyResults":[{"summary":"Writes stay whole %d","kind":"INCREASE_TO","start":0,"target":10,"unit":"teams"},
                               {"summary":"Nothing half-written %d","kind":"INCREASE_TO","start":0,"target":5,"unit":"teams"}]}
                """.formatted(cycleId, i, i, i);
    }

    private static String kpi(String name, int version) {
        return """
                {"name":"%s","unit":"%%","direction":"HIGHER_IS_BETTER","target":99.9,"cadence":"MONTHLY",
                 "category":"OPERATIONAL","timing":"LAGGING","projectKey":"GROW","version":%d}""".formatted(name, version);
    }

    private static String table(EmeraldHost node, String name) {
        return "\"" + node.database().tablePrefix().prepend(name) + "\"";
    }

    private static long issueId(EmeraldHost node, String key) {
        return node.issues().findVisibleByKey(key).orElseThrow().id();
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertVersionMatchesClaims(Statement s, String table, String where, String revision, String claim)
            throws Exception {
        long version = count(s, "SELECT \"VERSION\" FROM " + table + " WHERE " + where);
        assertThat(version).as("%s edited", claim).isGreaterThan(1);
        assertThat(count(s, "SELECT COUNT(*) FROM " + revision + " WHERE \"REVISION_KEY\" = '" + claim + ":" + version + "'"))
                .as("claim of %s:%d", claim, version).isEqualTo(1);
        assertThat(count(s, "SELECT COUNT(*) FROM " + revision + " WHERE \"REVISION_KEY\" = '" + claim + ":" + (version + 1) + "'"))
                .as("claim beyond %s:%d", claim, version).isZero();
    }

    private static long lastSlot(EmeraldHost node) throws Exception {
        try (Connection c = node.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            return count(s, "SELECT COALESCE(MAX(\"SLOT\"), 0) FROM " + table(node, "CLUSTER_JOB_RUN") + " WHERE \"NODE_ID\" <> 'node-3'"
                    + " AND \"FINISHED_AT\" IS NOT NULL");
        }
    }

    @Test
    void aClusterLockIsHeldByOneThreadOfOneNodeAndFreedWhenTheNodesSessionEnds() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (HostCluster one = HostCluster.postgres("lock-1", url, "postgres", "", nodeA.database().dataSource());
             HostCluster two = HostCluster.postgres("lock-2", url, "postgres", "", nodeA.database().dataSource())) {
            CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> one.locks().runIfFree("test-lock", () -> {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean ran = new AtomicBoolean();
            assertThat(two.locks().runIfFree("test-lock", () -> ran.set(true))).as("another node").isFalse();
            assertThat(one.locks().runIfFree("test-lock", () -> ran.set(true))).as("another thread of the node").isFalse();
            assertThat(two.locks().runIfFree("other-lock", () -> ran.set(true))).as("another lock").isTrue();
            ran.set(false);

            one.close(); // the node's database sessions end, as when it dies
            // the server frees the lock as the session's backend exits, a moment after the connection closed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean taken = false;
            while (!taken && System.nanoTime() < deadline) {
                taken = two.locks().runIfFree("test-lock", () -> ran.set(true));
                Thread.sleep(taken ? 0 : 20);
            }
            assertThat(taken).as("after the holder's session ended").isTrue();
            assertThat(ran).isTrue();
            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        }
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
