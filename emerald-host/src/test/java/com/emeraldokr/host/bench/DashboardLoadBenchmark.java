package com.emeraldokr.host.bench;

import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.RawEntity;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 200 simulated managers load the four dashboard items over and over for 60 seconds against the host
 * (its own JVM, {@code -Xmx256m}, PostgreSQL holding 1,000 objectives, 5,000 key results, 50,000 check-ins,
 * 500 KPIs and 100,000 measurements). Prints requests per second, p50/p95/p99 latency, errors, the host's
 * largest heap use and the most database connections seen.
 *
 * <p>Not a test: it never runs during {@code mvn verify}. The README gives the command. Users, duration and
 * heap: {@code -Dload.users=200 -Dload.seconds=60 -Dload.heap=256m}.
 */
public final class DashboardLoadBenchmark {

    private static final BenchData.Size COMPANY = new BenchData.Size(1_000, 5, 10, 500, 200);
    /** The host's administrator (a public demo password), by basic auth as REST clients log in. */
    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 200);
        int seconds = Integer.getInteger("load.seconds", 60);
        String heap = System.getProperty("load.heap", "256m");
        Path jar = Path.of(System.getProperty("emerald.host.jar", "emerald-host/target/emerald-host.jar"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            BenchData.Seeded seeded;
            try (HostDatabase database = new HostDatabase(url, "postgres", "")) {
                List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
                entities.add(SandboxIssueEntity.class);
                entities.add(SandboxLinkEntity.class);
                database.migrate(entities);
                try (Connection connection = DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")) {
                    seeded = BenchData.seed(connection, database.tablePrefix(), COMPANY);
                }
            }
            int port = freePort();
            Path log = Files.createTempFile("emerald-host-load", ".log");
            Process host = new ProcessBuilder(javaBinary(), "-Xmx" + heap, "-jar", jar.toString(), "--port", String.valueOf(port),
                    "--db-url", url, "--db-user", "postgres", "--db-password", "postgres", "--demo", "false",
                    "--data-dir", Files.createTempDirectory("emerald-load").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String base = "http://localhost:" + port;
                awaitRunning(client, base, host);
                List<String> items = List.of(
                        "/rest/emerald/1.0/gadgets/okr-progress?limit=20",
                        "/rest/emerald/1.0/gadgets/kpi-health?limit=20",
                        "/rest/emerald/1.0/gadgets/cycle-overview?cycleId=" + seeded.cycleId(),
                        "/rest/emerald/1.0/gadgets/key-result-trend?issueKey=" + seeded.keyResultKey());
                run(client, base, items, users, seconds, host.pid(), url, log);
            } finally {
                host.destroy();
                host.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void run(HttpClient client, String base, List<String> items, int users, int seconds, long hostPid,
                            String jdbcUrl, Path log) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger errors = new AtomicInteger();
        AtomicLong maxHeapKb = new AtomicLong();
        AtomicInteger maxConnections = new AtomicInteger();
        long[][] latencies = new long[users][];
        int[] counts = new int[users];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            latencies[u] = new long[1024];
            Thread t = new Thread(() -> {
                int i = user;
                while (System.nanoTime() < end) {
                    String path = items.get(i++ % items.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(120)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (counts[user] == latencies[user].length) {
                        latencies[user] = Arrays.copyOf(latencies[user], counts[user] * 2);
                    }
                    latencies[user][counts[user]++] = System.nanoTime() - start;
                }
            }, "dashboard-user-" + u);
            threads.add(t);
        }
        Thread sampler = new Thread(() -> sample(hostPid, jdbcUrl, end, maxHeapKb, maxConnections), "sampler");
        long started = System.nanoTime();
        sampler.start();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        sampler.join();
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int u = 0; u < users; u++) {
            System.arraycopy(latencies[u], 0, all, at, counts[u]);
            at += counts[u];
        }
        Arrays.sort(all);
        boolean outOfMemory = Files.readString(log).contains("OutOfMemoryError");
        System.out.printf(Locale.ROOT, "%n%d users, %.0f s, %d cores: %,d requests, %.1f requests/s%n", users, elapsed,
                Runtime.getRuntime().availableProcessors(), all.length, all.length / elapsed);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "errors: %d; host heap used at most %,d MB; OutOfMemoryError: %s; database connections at most %d%n",
                errors.get(), maxHeapKb.get() / 1024, outOfMemory ? "yes" : "no", maxConnections.get());
    }

    /** Every second: the host's heap use (jcmd) and the database's connections (pg_stat_activity). */
    private static void sample(long pid, String jdbcUrl, long end, AtomicLong maxHeapKb, AtomicInteger maxConnections) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    maxConnections.accumulateAndGet(rs.getInt(1), Math::max);
                }
                Process jcmd = new ProcessBuilder(jcmdBinary(), String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
                String out = new String(jcmd.getInputStream().readAllBytes());
                jcmd.waitFor();
                Matcher m = HEAP_USED.matcher(out);
                if (m.find()) {
                    maxHeapKb.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
                }
                Thread.sleep(1000);
            }
        } catch (Exception e) {
            System.out.println("sampling stopped: " + e.getMessage());
        }
    }

    private static double pct(long[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }

    private static void awaitRunning(HttpClient client, String base, Process host) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!host.isAlive()) {
                throw new IllegalStateException("the host stopped with exit code " + host.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("RUNNING")) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the host did not start within 180 s");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String jcmdBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "jcmd";
    }
}
