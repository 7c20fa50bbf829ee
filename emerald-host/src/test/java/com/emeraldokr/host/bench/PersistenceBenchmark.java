package com.emeraldokr.host.bench;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.ao.ActiveObjectsKpiStore;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.ActiveObjectsProposalStore;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.report.OkrReportService;
import com.emeraldokr.host.database.EntityManagerActiveObjects;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.SandboxEpicWork;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxIssueLinks;
import com.emeraldokr.host.sandbox.SandboxKpiSourceReader;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Measures Emerald's two hottest reads on a real PostgreSQL holding a large company: one OKR
 * dashboard's data ({@link OkrReportService#okrProgress(Long)} over 1,000 objectives with 5,000 key results
 * and 50,000 check-ins) and one KPI's last 52 periods (out of 100,000 measurements of 500 KPIs),
 * both straight from the store and through {@link KpiService}. For each it prints the p50 and p95
 * latency of 200 runs after 20 warm-up runs, and the SQL statements one run issues.
 *
 * <p>Not a test: it never runs during {@code mvn verify}. Run it with
 * <pre>
 * mvn -B -q -pl atlassian-api-stubs,emerald-core install -DskipTests
 * mvn -B -q -pl emerald-host test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.emeraldokr.host.bench.PersistenceBenchmark
 * </pre>
 */
public final class PersistenceBenchmark {

    private static final int OBJECTIVES = 1_000;
    private static final int KEY_RESULTS_PER_OBJECTIVE = 5;
    private static final int CHECK_INS_PER_KEY_RESULT = 10;
    private static final int KPIS = 500;
    private static final int PERIODS_PER_KPI = 200;
    private static final int LAST_PERIODS = 52;
    private static final int WARM_UP_RUNS = 20;
    private static final int MEASURED_RUNS = 200;
    private static final int BATCH_SIZE = 1_000;
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\?(\\s*,\\s*\\?)+");

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            String jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
            try (HostDatabase database = new HostDatabase(jdbcUrl, "postgres", "")) {
                List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
                entities.add(SandboxIssueEntity.class);
                entities.add(SandboxLinkEntity.class);
                database.migrate(entities);
                Seeded seeded = seed(jdbcUrl, database);
                EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
                List<Result> results = measureAll(seeded, ao, database.provider());
                printTable(results);
                results.forEach(PersistenceBenchmark::printStatements);
            }
        }
    }

    /** What the seed made that the measured reads need. */
    private record Seeded(long cycleId, long kpiId, Period newestPeriod) {
    }

    /** One measured read: latencies of the measured runs and the SQL of a single run. */
    private record Result(String name, long[] nanos, List<String> statements) {

        double percentileMillis(double share) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(share * sorted.length) - 1;
            return sorted[Math.max(0, rank)] / 1_000_000.0;
        }
    }

    private static Seeded seed(String jdbcUrl, HostDatabase database) throws SQLException {
        long start = System.nanoTime();
        Seeded seeded;
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "&reWriteBatchedInserts=true", "postgres", "")) {
            connection.setAutoCommit(false);
            Seeder seeder = new Seeder(connection, database);
            seeded = new Seeded(seeder.okrs(), seeder.kpis(), seeder.newestPeriod);
        }
        System.out.printf(Locale.ROOT, "Seeded %,d objectives, %,d key results, %,d check-ins, %,d KPIs and %,d measurements in %.1f s%n",
                OBJECTIVES, OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE,
                OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE * CHECK_INS_PER_KEY_RESULT, KPIS, KPIS * PERIODS_PER_KPI,
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        return seeded;
    }

    /** The benchmark reads as a Jira administrator who may see every project. */
    private static final Permissions ADMINISTRATOR = new Permissions() {
        @Override
        public boolean isAdministrator() {
            return true;
        }

        @Override
        public boolean administersProject(String projectKey) {
            return true;
        }

        @Override
        public boolean browsesProject(String projectKey) {
            return true;
        }

        @Override
        public boolean createsIssues(String projectKey) {
            return true;
        }
    };

    private static List<Result> measureAll(Seeded seeded, EntityManagerActiveObjects ao, DatabaseProvider provider) {
        Clock clock = Clock.systemUTC();
        BundleMessages messages = new BundleMessages(Locale.ENGLISH);
        CurrentUser user = () -> Optional.of("bench");
        OkrReportService reports = new OkrReportService(new ActiveObjectsOkrStore(ao, clock), new SandboxIssueDirectory(ao),
                messages, clock, new SandboxIssueLinks(ao), new SandboxEpicWork(ao, () -> EpicWork.Settings.DEFAULT));
        ActiveObjectsKpiStore kpiStore = new ActiveObjectsKpiStore(ao, clock);
        KpiService kpiService = new KpiService(kpiStore, user, messages, clock, ADMINISTRATOR, new SandboxKpiSourceReader(ao, Locale.ENGLISH,
                key -> java.util.Optional.of(com.emeraldokr.host.sandbox.ProjectAccess.UNRESTRICTED)),
                new ActiveObjectsProposalStore(ao), new SandboxIssueDirectory(ao));
        LocalDate from = seeded.newestPeriod().start().minusMonths(LAST_PERIODS - 1L);
        return List.of(
                measure("dashboard: OkrReportService.okrProgress", provider, OBJECTIVES,
                        () -> reports.okrProgress(seeded.cycleId()).objectives().size()),
                measure("KPI: ActiveObjectsKpiStore.measurements", provider, LAST_PERIODS,
                        () -> kpiStore.measurements(seeded.kpiId(), from).size()),
                measure("KPI: KpiService.measurements(last 52)", provider, LAST_PERIODS,
                        () -> kpiService.measurements(seeded.kpiId(), LAST_PERIODS).size()));
    }

    /** Times a read that returns how many rows it found, checking every run finds {@code expectedRows}. */
    private static Result measure(String name, DatabaseProvider provider, int expectedRows, Supplier<Integer> read) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            check(name, expectedRows, read.get());
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            int rows = read.get();
            nanos[i] = System.nanoTime() - start;
            check(name, expectedRows, rows);
        }
        return new Result(name, nanos, statementsOfOneRun(provider, read));
    }

    private static void check(String name, int expected, int actual) {
        if (actual != expected) {
            throw new IllegalStateException(name + " returned " + actual + " rows, expected " + expected);
        }
    }

    private static List<String> statementsOfOneRun(DatabaseProvider provider, Supplier<Integer> read) {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        provider.addSqlListener(listener);
        try {
            read.get();
        } finally {
            provider.removeSqlListener(listener);
        }
        return statements;
    }

    private static void printTable(List<Result> results) {
        String format = "%-42s %10s %10s %12s%n";
        System.out.printf(Locale.ROOT, "%n" + format, "read (" + MEASURED_RUNS + " runs)", "p50 ms", "p95 ms", "statements");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, format, r.name(), String.format(Locale.ROOT, "%.2f", r.percentileMillis(0.50)),
                    String.format(Locale.ROOT, "%.2f", r.percentileMillis(0.95)), r.statements().size());
        }
    }

    /** The SQL of one run, each distinct statement once with how often it ran. */
    private static void printStatements(Result result) {
        Map<String, AtomicInteger> counts = new LinkedHashMap<>();
        result.statements().forEach(sql -> counts.computeIfAbsent(sql, s -> new AtomicInteger()).incrementAndGet());
        System.out.printf(Locale.ROOT, "%nSQL of one run of %s:%n", result.name());
        counts.forEach((sql, n) -> System.out.printf(Locale.ROOT, "  %4d x %s%n", n.get(), abbreviate(sql)));
    }

    /** The statement with each run of placeholders shown as its count, so long IN lists stay readable. */
    private static String abbreviate(String sql) {
        return PLACEHOLDERS.matcher(sql).replaceAll(m -> "?*" + m.group().chars().filter(c -> c == '?').count());
    }

    /** Writes the data set with JDBC batch inserts, one transaction per table. */
    private static final class Seeder {

        private final Connection connection;
        private final HostDatabase database;
        private final Instant now = Instant.now();
        private final Period newestPeriod = Cadence.MONTHLY.periodOf(LocalDate.now(ZoneOffset.UTC));

        Seeder(Connection connection, HostDatabase database) {
            this.connection = connection;
            this.database = database;
        }

        /** One active cycle around today with its objectives, key results and check-ins; returns the cycle id. */
        long okrs() throws SQLException {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long cycleId = insert("CYCLE", List.of("NAME", "START_DATE", "END_DATE", "TIME_ZONE", "STATE"), 1,
                    i -> row("Benchmark cycle", today.minusDays(45).toString(), today.plusDays(45).toString(), "UTC", "ACTIVE"))
                    .get(0);
            int issueCount = OBJECTIVES * (1 + KEY_RESULTS_PER_OBJECTIVE);
            List<Long> issueIds = insert("SANDBOX_ISSUE",
                    List.of("ISSUE_KEY", "PROJECT_KEY", "ISSUE_TYPE", "SUMMARY", "STATUS_CATEGORY"), issueCount,
                    i -> row("OKR-" + (i + 1), "OKR", isObjective(i) ? "Objective" : "Key Result", "Issue " + (i + 1),
                            "indeterminate"));
            insert("OBJECTIVE", List.of("ISSUE_ID", "CYCLE_ID", "COMMITMENT"), OBJECTIVES,
                    o -> row(objectiveIssueId(issueIds, o), cycleId, o % 3 == 0 ? "ASPIRATIONAL" : "COMMITTED"));
            int keyResults = OBJECTIVES * KEY_RESULTS_PER_OBJECTIVE;
            insert("KEY_RESULT", List.of("ISSUE_ID", "OBJECTIVE_ISSUE_ID", "CYCLE_ID", "KIND", "START_VALUE",
                            "TARGET_VALUE", "UNIT", "WEIGHT", "LATEST_VALUE", "LATEST_AT", "LATEST_CONFIDENCE", "VERSION"),
                    keyResults, k -> row(keyResultIssueId(issueIds, k), objectiveIssueId(issueIds, k / KEY_RESULTS_PER_OBJECTIVE),
                            cycleId, "INCREASE_TO", "0", "100", "%", "1",
                            checkInValue(k, CHECK_INS_PER_KEY_RESULT - 1), checkInAt(CHECK_INS_PER_KEY_RESULT - 1),
                            checkInConfidence(k), 1));
            insert("CHECK_IN", List.of("KEY_RESULT_ISSUE_ID", "CREATED_AT", "METRIC_VALUE", "CONFIDENCE", "AUTHOR_KEY"),
                    keyResults * CHECK_INS_PER_KEY_RESULT, c -> {
                        int k = c / CHECK_INS_PER_KEY_RESULT;
                        int n = c % CHECK_INS_PER_KEY_RESULT;
                        return row(keyResultIssueId(issueIds, k), checkInAt(n), checkInValue(k, n), checkInConfidence(k), "bench");
                    });
            return cycleId;
        }

        /** The KPIs and their monthly measurements up to the current month; returns a KPI id from the middle. */
        long kpis() throws SQLException {
            List<Long> kpiIds = insert("KPI", List.of("NAME", "OWNER_KEY", "CATEGORY", "TIMING", "UNIT", "DIRECTION",
                            "TARGET_VALUE", "HEALTHY_THRESHOLD", "WATCH_THRESHOLD", "CADENCE", "ARCHIVED", "VERSION"), KPIS,
                    i -> row("KPI " + (i + 1), "bench", "OPERATIONAL", "LAGGING", "%", "HIGHER_IS_BETTER", "100", "0.9", "0.7",
                            "MONTHLY", false, 1));
            List<Period> periods = periodsUpToNewest();
            long recordedAt = now.toEpochMilli();
            insert("KPI_MEASUREMENT", List.of("KPI_ID", "KPI_PERIOD", "PERIOD_KEY", "PERIOD_START", "METRIC_VALUE",
                            "RECORDED_AT", "SOURCE"), KPIS * PERIODS_PER_KPI, m -> {
                        long kpiId = kpiIds.get(m / PERIODS_PER_KPI);
                        Period period = periods.get(m % PERIODS_PER_KPI);
                        return row(kpiId, kpiId + "/" + period.key(), period.key(), period.start().toString(),
                                String.valueOf(60 + m % 50), recordedAt, "MANUAL");
                    });
            return kpiIds.get(KPIS / 2);
        }

        private List<Period> periodsUpToNewest() {
            List<Period> periods = new ArrayList<>();
            Period period = newestPeriod;
            for (int i = 0; i < PERIODS_PER_KPI; i++) {
                periods.add(0, period);
                period = period.previous();
            }
            return periods;
        }

        /** Issues alternate: an objective, then its key results. */
        private static boolean isObjective(int issueIndex) {
            return issueIndex % (1 + KEY_RESULTS_PER_OBJECTIVE) == 0;
        }

        private static long objectiveIssueId(List<Long> issueIds, int objective) {
            return issueIds.get(objective * (1 + KEY_RESULTS_PER_OBJECTIVE));
        }

        private static long keyResultIssueId(List<Long> issueIds, int keyResult) {
            int objective = keyResult / KEY_RESULTS_PER_OBJECTIVE;
            return issueIds.get(objective * (1 + KEY_RESULTS_PER_OBJECTIVE) + 1 + keyResult % KEY_RESULTS_PER_OBJECTIVE);
        }

        /** Check-ins a few days apart, the last one yesterday. */
        private long checkInAt(int n) {
            return now.minus(Duration.ofDays(4L * (CHECK_INS_PER_KEY_RESULT - n) - 3)).toEpochMilli();
        }

        /** Values climbing at a pace that differs per key result, so statuses vary. */
        private static String checkInValue(int keyResult, int n) {
            return String.valueOf(Math.min(100, (n + 1) * (1 + keyResult % 9)));
        }

        private static int checkInConfidence(int keyResult) {
            return 3 + keyResult % 8;
        }

        private static Object[] row(Object... values) {
            return values;
        }

        /** Inserts {@code count} rows in batches and one transaction; returns their generated ids in order. */
        private List<Long> insert(String entityTable, List<String> columns, int count, IntFunction<Object[]> rowAt)
                throws SQLException {
            String sql = "INSERT INTO " + quoted(database.tablePrefix().prepend(entityTable))
                    + " (" + String.join(", ", columns.stream().map(Seeder::quoted).toList()) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            List<Long> ids = new ArrayList<>(count);
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
                for (int i = 0; i < count; i++) {
                    Object[] values = rowAt.apply(i);
                    for (int c = 0; c < values.length; c++) {
                        insert.setObject(c + 1, values[c]);
                    }
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0 || i + 1 == count) {
                        insert.executeBatch();
                        collectIds(insert, ids);
                    }
                }
            }
            connection.commit();
            return ids;
        }

        private static void collectIds(Statement statement, List<Long> ids) throws SQLException {
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }

        private static String quoted(String identifier) {
            return '"' + identifier + '"';
        }
    }
}
