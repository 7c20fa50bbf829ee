package com.emeraldokr.host.bench;

import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the dashboard items' reads on a real PostgreSQL. On a company of 1,000 objectives, 5,000 key
 * results, 50,000 check-ins, 500 KPIs and 100,000 measurements it prints, for each read, p50 and p95 over
 * the measured runs, the SQL statements of one run (counted by a JDBC wrapper) and the size of its JSON
 * answer, with the naive per-row read of every objective beside the real OKR progress read. Then it seeds
 * companies of 100, 1,000 and 10,000 objectives and prints each read's statement count at every size.
 *
 * <p>Not a test: it never runs during {@code mvn verify}. The README gives the command.
 */
public final class PersistenceBenchmark {

    private static final BenchData.Size MAIN = new BenchData.Size(1_000, 5, 10, 500, 200);
    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final int LAST_PERIODS = 52;
    private static final int WARM_UP_RUNS = 300;
    private static final int MEASURED_RUNS = Integer.getInteger("bench.runs", 200);
    private static final int NAIVE_RUNS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            main(pg);
            if (!Boolean.getBoolean("bench.skipSizes")) {
                statementsBySize(pg);
            }
        }
    }

    /** One measured read. */
    private record Result(String name, long[] nanos, int statements, int jsonBytes) {

        double percentileMillis(double share) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(share * sorted.length) - 1;
            return sorted[Math.max(0, rank)] / 1_000_000.0;
        }
    }

    private static void main(EmbeddedPostgres pg) throws Exception {
        StatementCounter counter = new StatementCounter();
        try (HostDatabase database = database(pg, "main", counter)) {
            BenchData.Seeded seeded = seed(pg, "main", database, MAIN);
            BenchReads reads = new BenchReads(database);
            Map<String, Supplier<Result>> all = new LinkedHashMap<>();
            all.put("okr-progress", () -> measure("okr-progress (first page of 20)", counter, MEASURED_RUNS,
                    () -> reads.okrProgress(seeded.cycleId())));
            all.put("naive", () -> measure("naive: every objective one by one", counter, NAIVE_RUNS,
                    () -> reads.naiveOkrProgress(seeded.cycleId())));
            all.put("cycle-overview", () -> measure("cycle-overview", counter, MEASURED_RUNS, () -> reads.cycleOverview(seeded.cycleId())));
            all.put("kpi-health", () -> measure("kpi-health (first page of 20)", counter, MEASURED_RUNS, reads::kpiHealth));
            all.put("key-result-trend", () -> measure("key-result-trend", counter, MEASURED_RUNS,
                    () -> reads.keyResultTrend(seeded.keyResultKey())));
            all.put("kpi-history", () -> measure("KPI history (" + LAST_PERIODS + " periods)", counter, MEASURED_RUNS,
                    () -> reads.kpiHistory(seeded.kpiId(), LAST_PERIODS)));
            // -Dbench.reads=okr-progress,naive,… measures only those (to profile one read)
            String only = System.getProperty("bench.reads", "");
            Map<String, Result> results = new LinkedHashMap<>();
            all.forEach((read, run) -> {
                if (only.isBlank() || List.of(only.split(",")).contains(read)) {
                    results.put(read, run.get());
                }
            });
            String format = "%-38s %10s %10s %11s %12s%n";
            System.out.printf(Locale.ROOT, "%n" + format, "read", "p50 ms", "p95 ms", "statements", "JSON bytes");
            for (Result r : results.values()) {
                System.out.printf(Locale.ROOT, format, r.name(), millis(r.percentileMillis(0.50)),
                        millis(r.percentileMillis(0.95)), r.statements(), String.format(Locale.ROOT, "%,d", r.jsonBytes()));
            }
            if (results.containsKey("naive") && results.containsKey("okr-progress")) {
                double ratio = results.get("naive").percentileMillis(0.50) / results.get("okr-progress").percentileMillis(0.50);
                System.out.printf(Locale.ROOT, "%nThe OKR progress read is %.0f times faster than the naive per-row read (p50).%n",
                        ratio);
            }
        }
    }

    private static void statementsBySize(EmbeddedPostgres pg) throws Exception {
        Map<Integer, Map<String, Integer>> bySize = new LinkedHashMap<>();
        Map<Integer, Double> progressP95 = new LinkedHashMap<>();
        for (int objectives : SIZES) {
            String name = "size" + objectives;
            StatementCounter counter = new StatementCounter();
            try (HostDatabase database = database(pg, name, counter)) {
                BenchData.Seeded seeded = seed(pg, name, database, new BenchData.Size(objectives, 5, 10, objectives / 2, 24));
                BenchReads reads = new BenchReads(database);
                Map<String, Supplier<Object>> all = new LinkedHashMap<>();
                all.put("okr-progress", () -> reads.okrProgress(seeded.cycleId()));
                all.put("cycle-overview", () -> reads.cycleOverview(seeded.cycleId()));
                all.put("kpi-health", reads::kpiHealth);
                all.put("key-result-trend", () -> reads.keyResultTrend(seeded.keyResultKey()));
                Map<String, Integer> counts = new LinkedHashMap<>();
                all.forEach((read, run) -> {
                    run.get();
                    counts.put(read, counter.during(run).size());
                });
                bySize.put(objectives, counts);
                progressP95.put(objectives, measure("okr-progress", counter, 50, all.get("okr-progress")).percentileMillis(0.95));
            }
        }
        System.out.printf(Locale.ROOT, "%nSQL statements per read by company size (objectives; 5 key results and 10 check-ins each)%n");
        String format = "%-20s %8s %8s %8s%n";
        System.out.printf(Locale.ROOT, format, "read", SIZES[0], SIZES[1], SIZES[2]);
        for (String read : bySize.get(SIZES[0]).keySet()) {
            System.out.printf(Locale.ROOT, format, read, bySize.get(SIZES[0]).get(read), bySize.get(SIZES[1]).get(read),
                    bySize.get(SIZES[2]).get(read));
        }
        System.out.printf(Locale.ROOT, format, "okr-progress p95 ms", millis(progressP95.get(SIZES[0])),
                millis(progressP95.get(SIZES[1])), millis(progressP95.get(SIZES[2])));
    }

    private static HostDatabase database(EmbeddedPostgres pg, String name, StatementCounter counter) throws SQLException {
        try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        }
        HostDatabase database = new HostDatabase(pg.getJdbcUrl("postgres", name), "postgres", "", counter::wrap);
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
        entities.add(SandboxIssueEntity.class);
        entities.add(SandboxLinkEntity.class);
        database.migrate(entities);
        return database;
    }

    private static BenchData.Seeded seed(EmbeddedPostgres pg, String name, HostDatabase database, BenchData.Size size)
            throws SQLException {
        long start = System.nanoTime();
        BenchData.Seeded seeded;
        try (Connection connection = java.sql.DriverManager.getConnection(
                pg.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true", "postgres", "")) {
            seeded = BenchData.seed(connection, database.tablePrefix(), size);
        }
        System.out.printf(Locale.ROOT, "Seeded %,d objectives, %,d key results, %,d check-ins, %,d KPIs and %,d measurements in %.1f s%n",
                size.objectives(), size.keyResults(), size.checkIns(), size.kpis(), size.measurements(),
                (System.nanoTime() - start) / 1e9);
        return seeded;
    }

    /** Times {@code runs} runs after warming up, then counts the statements and JSON bytes of one more. */
    private static Result measure(String name, StatementCounter counter, int runs, Supplier<Object> read) {
        for (int i = 0; i < Math.min(WARM_UP_RUNS, runs); i++) {
            read.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            read.get();
            nanos[i] = System.nanoTime() - start;
        }
        Object[] answer = new Object[1];
        int statements = counter.during(() -> answer[0] = read.get()).size();
        return new Result(name, nanos, statements, jsonBytes(answer[0]));
    }

    private static int jsonBytes(Object answer) {
        try {
            return JSON.writeValueAsBytes(answer).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
