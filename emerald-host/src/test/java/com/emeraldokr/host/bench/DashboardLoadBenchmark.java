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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 200 simulated managers, each logged in through the login form with a session of their own as a browser is, load
 * the four dashboard items over and over for 60 seconds, while a few writers (REST clients, by basic auth) record
 * check-ins and KPI measurements, against one or more host nodes (each its own JVM, {@code -Xmx256m}, its own
 * 8-connection pool) on one PostgreSQL holding 1,000 objectives, 5,000 key results, 50,000 check-ins, 500 KPIs
 * and 100,000 measurements. With several nodes the users and writers are spread over them round-robin. For each
 * node count it prints requests per second, p50/p95/p99 latency and errors by kind (reads and writes apart), each
 * node's largest heap use and the most database connections open and in use.
 *
 * <p>Not a test: it never runs during {@code mvn verify}. The README gives the command. Node counts (one run
 * each, one after the other on the same database), users, writers, duration and heap:
 * {@code -Dbenchmark.nodes=1,2 -Dload.users=200 -Dload.writers=4 -Dload.seconds=60 -Dload.heap=256m}.
 */
public final class DashboardLoadBenchmark {

    private static final BenchData.Size COMPANY = new BenchData.Size(1_000, 5, 10, 500, 200);
    private static final String API = "/rest/emerald/1.0";
    /** The host's administrator (a public demo password), by basic auth as REST clients log in: the writers. */
    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> nodeCounts = Arrays.stream(System.getProperty("benchmark.nodes", "1").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int users = Integer.getInteger("load.users", 200);
        int writers = Integer.getInteger("load.writers", 4);
        int seconds = Integer.getInteger("load.seconds", 60);
        String heap = System.getProperty("load.heap", "256m");
        Path jar = Path.of(System.getProperty("emerald.host.jar", "emerald-host/target/emerald-host.jar"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            BenchData.Seeded seeded;
            List<String> keyResultKeys;
            List<Long> kpiIds;
            try (HostDatabase database = new HostDatabase(url, "postgres", "")) {
                List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
                entities.add(SandboxIssueEntity.class);
                entities.add(SandboxLinkEntity.class);
                database.migrate(entities);
                try (Connection connection = DriverManager.getConnection(url + "&reWriteBatchedInserts=true", "postgres", "")) {
                    seeded = BenchData.seed(connection, database.tablePrefix(), COMPANY);
                    keyResultKeys = column(connection, "SELECT \"ISSUE_KEY\" FROM \"" + database.tablePrefix().prepend("SANDBOX_ISSUE")
                            + "\" WHERE \"ISSUE_TYPE\" = 'Key Result' ORDER BY \"ID\"", rs -> rs.getString(1));
                    kpiIds = column(connection, "SELECT \"ID\" FROM \"" + database.tablePrefix().prepend("KPI") + "\" ORDER BY \"ID\"",
                            rs -> rs.getLong(1));
                }
            }
            List<String> items = List.of(
                    API + "/gadgets/okr-progress?limit=20",
                    API + "/gadgets/kpi-health?limit=20",
                    API + "/gadgets/cycle-overview?cycleId=" + seeded.cycleId(),
                    API + "/gadgets/key-result-trend?issueKey=" + seeded.keyResultKey());
            Writes writes = new Writes(keyResultKeys, kpiIds, seeded.newestPeriod().key());
            for (int nodes : nodeCounts) {
                List<Process> hosts = new ArrayList<>();
                List<Path> logs = new ArrayList<>();
                try {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    List<String> bases = new ArrayList<>();
                    for (int n = 1; n <= nodes; n++) {
                        int port = freePort();
                        long starting = System.nanoTime();
                        Path log = Files.createTempFile("emerald-host-load-node-" + n, ".log");
                        Process host = new ProcessBuilder(javaBinary(), "-Xmx" + heap, "-jar", jar.toString(), "--port", String.valueOf(port),
                                "--db-url", url, "--db-user", "postgres", "--db-password", "postgres", "--demo", "false",
                                "--node-id", "node-" + n, "--data-dir", Files.createTempDirectory("emerald-load").toString())
                                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                        hosts.add(host);
                        logs.add(log);
                        bases.add("http://localhost:" + port);
                        awaitRunning(client, bases.get(n - 1), host);
                        System.out.printf(Locale.ROOT, "node-%d: RUNNING %.1f s after its JVM started; heap after a full GC %,d MB%n",
                                n, (System.nanoTime() - starting) / 1e9, heapAfterFullGcKb(host) / 1024);
                    }
                    run(client, bases, items, writes, users, writers, seconds, hosts, url, logs);
                } finally {
                    for (Process host : hosts) {
                        host.destroy();
                        host.waitFor(30, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }

    /** What the writers write: check-ins on every key result in turn, and this period's value of every KPI in turn. */
    private record Writes(List<String> keyResultKeys, List<Long> kpiIds, String period) {

        HttpRequest.Builder request(String base, long n) {
            int i = (int) (n / 2);
            if (n % 2 == 0) {
                String key = keyResultKeys.get(i % keyResultKeys.size());
                String body = "{\"value\": " + (n % 101) + ", \"confidence\": " + (n % 11) + ", \"note\": \"load\"}";
                return HttpRequest.newBuilder(URI.create(base + API + "/key-results/" + key + "/check-ins"))
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            long kpiId = kpiIds.get(i % kpiIds.size());
            String body = "{\"value\": " + (50 + n % 50) + "}";
            return HttpRequest.newBuilder(URI.create(base + API + "/kpis/" + kpiId + "/measurements/" + period))
                    .PUT(HttpRequest.BodyPublishers.ofString(body));
        }
    }

    private static void run(HttpClient client, List<String> bases, List<String> items, Writes writes, int users, int writers,
                            int seconds, List<Process> hosts, String jdbcUrl, List<Path> logs) throws Exception {
        LoadTally reads = new LoadTally(users);
        LoadTally written = new LoadTally(writers);
        long[] maxHeapKb = new long[hosts.size()];
        int[] maxConnections = new int[2];
        // every user logs in before the clock starts, on the node they stay on (a load balancer's sticky session)
        List<String> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            sessions.add(logIn(client, bases.get(u % bases.size())));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            String base = bases.get(u % bases.size());
            String session = sessions.get(u);
            threads.add(new Thread(() -> {
                int i = user;
                while (System.nanoTime() < end) {
                    String path = items.get(i++ % items.size());
                    send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", session).GET(), reads, user);
                }
            }, "dashboard-user-" + u));
        }
        AtomicLong writeCount = new AtomicLong();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            String base = bases.get(w % bases.size());
            threads.add(new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = writes.request(base, writeCount.getAndIncrement())
                            .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                            .header("Authorization", ADMIN);
                    send(client, request, written, writer);
                }
            }, "writer-" + w));
        }
        Thread sampler = new Thread(() -> sample(hosts, jdbcUrl, end, maxHeapKb, maxConnections), "sampler");
        long started = System.nanoTime();
        sampler.start();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        sampler.join();
        List<String> outOfMemory = new ArrayList<>();
        for (int n = 0; n < logs.size(); n++) {
            if (Files.readString(logs.get(n)).contains("OutOfMemoryError")) {
                outOfMemory.add("node-" + (n + 1));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d node(s), %d users, %d writers, %.0f s, %d cores%n", hosts.size(), users, writers,
                elapsed, Runtime.getRuntime().availableProcessors());
        System.out.println(reads.summary("dashboard reads", elapsed));
        System.out.println(written.summary("writes", elapsed));
        StringBuilder heaps = new StringBuilder();
        for (int n = 0; n < maxHeapKb.length; n++) {
            heaps.append(n == 0 ? "" : ", ").append(String.format(Locale.ROOT, "node-%d %,d MB", n + 1, maxHeapKb[n] / 1024));
        }
        System.out.printf(Locale.ROOT, "heap used at most: %s; OutOfMemoryError: %s; database connections at most %d open, %d in use%n",
                heaps, outOfMemory.isEmpty() ? "none" : String.join(", ", outOfMemory), maxConnections[0], maxConnections[1]);
    }

    /**
     * Logs the administrator in through the login form as a browser does (the form's token, then the form) and
     * returns the session's cookies as a {@code Cookie} header.
     */
    private static String logIn(HttpClient client, String base) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = FORM_TOKEN.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no form token");
        }
        String body = "atl_token=" + token.group(1) + "&username=admin&password=admin&next=%2F";
        HttpResponse<Void> loggedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(form, ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (loggedIn.statusCode() != 302) {
            throw new IllegalStateException("logging in answered " + loggedIn.statusCode());
        }
        return cookies(loggedIn, cookies(form, ""));
    }

    /** The cookies a response sets, over those already held ({@code held}: a Cookie header), as a Cookie header. */
    private static String cookies(HttpResponse<?> response, String held) {
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (String pair : held.isEmpty() ? new String[0] : held.split("; ")) {
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0].strip();
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        return String.join("; ", jar.values());
    }

    /**
     * Sends the request (with a session's cookie or the writers' basic auth); counts a status other than 2xx, a
     * timeout or a failure as an error of its kind.
     */
    private static void send(HttpClient client, HttpRequest.Builder request, LoadTally tally, int slot) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                tally.error("HTTP " + response.statusCode());
            }
        } catch (java.net.http.HttpTimeoutException e) {
            tally.error("timeout after " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (Exception e) {
            tally.error(e.getClass().getSimpleName());
        }
        tally.latency(slot, System.nanoTime() - start);
    }

    /**
     * Every second: each node's heap use (jcmd) and the database's connections, open and in use (not idle), by
     * pg_stat_activity, leaving out this sampler's own.
     */
    private static void sample(List<Process> hosts, String jdbcUrl, long end, long[] maxHeapKb, int[] maxConnections) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*), count(*) FILTER (WHERE state <> 'idle') FROM pg_stat_activity"
                             + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    maxConnections[0] = Math.max(maxConnections[0], rs.getInt(1));
                    maxConnections[1] = Math.max(maxConnections[1], rs.getInt(2));
                }
                for (int n = 0; n < hosts.size(); n++) {
                    Process jcmd = new ProcessBuilder(jcmdBinary(), String.valueOf(hosts.get(n).pid()), "GC.heap_info")
                            .redirectErrorStream(true).start();
                    String out = new String(jcmd.getInputStream().readAllBytes());
                    jcmd.waitFor();
                    Matcher m = HEAP_USED.matcher(out);
                    if (m.find()) {
                        maxHeapKb[n] = Math.max(maxHeapKb[n], Long.parseLong(m.group(1)));
                    }
                }
                Thread.sleep(1000);
            }
        } catch (Exception e) {
            System.out.println("sampling stopped: " + e.getMessage());
        }
    }

    /** The process's heap in use after {@code jcmd GC.run}: what it holds, without the garbage. */
    private static long heapAfterFullGcKb(Process host) throws Exception {
        new ProcessBuilder(jcmdBinary(), String.valueOf(host.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
        Process jcmd = new ProcessBuilder(jcmdBinary(), String.valueOf(host.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher m = HEAP_USED.matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private interface Column<T> {
        T read(ResultSet rs) throws java.sql.SQLException;
    }

    private static <T> List<T> column(Connection connection, String sql, Column<T> column) throws java.sql.SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(column.read(rs));
            }
        }
        return values;
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
