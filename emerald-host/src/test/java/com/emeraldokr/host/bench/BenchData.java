package com.emeraldokr.host.bench;

import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.host.database.AtlassianTablePrefix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes a company of a given size straight into the host's tables with JDBC batch inserts (one transaction
 * per table): one active cycle around today with its objectives (spread over ten teams, each aligned to an
 * earlier one), their key results and check-ins, the sandbox issues behind them, and KPIs with monthly
 * measurements up to the current month. The benchmarks and the statement-count test share it.
 */
public final class BenchData {

    static final int TEAMS = 10;
    private static final int BATCH_SIZE = 1_000;

    /** How much to write. */
    public record Size(int objectives, int keyResultsPerObjective, int checkInsPerKeyResult, int kpis, int periodsPerKpi) {

        int keyResults() {
            return objectives * keyResultsPerObjective;
        }

        int checkIns() {
            return keyResults() * checkInsPerKeyResult;
        }

        int measurements() {
            return kpis * periodsPerKpi;
        }
    }

    /** What the seed made that reads need. */
    public record Seeded(long cycleId, long kpiId, Period newestPeriod, String keyResultKey) {
    }

    private final Connection connection;
    private final AtlassianTablePrefix prefix;
    private final Size size;
    private final Instant now = Instant.now();
    private final Period newestPeriod = Cadence.MONTHLY.periodOf(LocalDate.now(ZoneOffset.UTC));

    private BenchData(Connection connection, AtlassianTablePrefix prefix, Size size) {
        this.connection = connection;
        this.prefix = prefix;
        this.size = size;
    }

    /** Seeds {@code size} through {@code connection} (its auto-commit is turned off) into tables named with {@code prefix}. */
    public static Seeded seed(Connection connection, AtlassianTablePrefix prefix, Size size) throws SQLException {
        connection.setAutoCommit(false);
        BenchData data = new BenchData(connection, prefix, size);
        long cycleId = data.okrs();
        String keyResultKey = teamOf(0) + "-2";
        return new Seeded(cycleId, data.kpis(), data.newestPeriod, keyResultKey);
    }

    /** One active cycle around today with its objectives, key results and check-ins; returns the cycle id. */
    private long okrs() throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long cycleId = insert("CYCLE", List.of("NAME", "START_DATE", "END_DATE", "TIME_ZONE", "STATE"), 1,
                i -> row("Benchmark cycle", today.minusDays(45).toString(), today.plusDays(45).toString(), "UTC", "ACTIVE"))
                .get(0);
        int perObjective = 1 + size.keyResultsPerObjective();
        List<Long> issueIds = insert("SANDBOX_ISSUE",
                List.of("ISSUE_KEY", "PROJECT_KEY", "ISSUE_TYPE", "SUMMARY", "STATUS_CATEGORY", "ASSIGNEE_KEY", "ASSIGNEE_NAME"),
                size.objectives() * perObjective, i -> {
                    String team = teamOf(i / perObjective);
                    boolean objective = i % perObjective == 0;
                    return row(team + "-" + (i + 1), team, objective ? "Objective" : "Key Result",
                            (objective ? "Grow " : "Reach ") + "metric " + (i + 1) + " to its target", "indeterminate",
                            "user" + (i % 50), "User " + (i % 50));
                });
        insert("OBJECTIVE", List.of("ISSUE_ID", "CYCLE_ID", "COMMITMENT", "ARCHIVED"), size.objectives(),
                o -> row(objectiveIssueId(issueIds, o), cycleId, o % 3 == 0 ? "ASPIRATIONAL" : "COMMITTED", false));
        insert("SANDBOX_LINK", List.of("SOURCE_ID", "TARGET_ID", "KIND"), size.objectives() - 1,
                o -> row(objectiveIssueId(issueIds, o + 1), objectiveIssueId(issueIds, o / TEAMS), "ALIGNMENT"));
        int last = size.checkInsPerKeyResult() - 1;
        insert("KEY_RESULT", List.of("ISSUE_ID", "OBJECTIVE_ISSUE_ID", "CYCLE_ID", "KIND", "START_VALUE",
                        "TARGET_VALUE", "UNIT", "WEIGHT", "LATEST_VALUE", "LATEST_AT", "LATEST_CONFIDENCE", "VERSION"),
                size.keyResults(), k -> row(keyResultIssueId(issueIds, k),
                        objectiveIssueId(issueIds, k / size.keyResultsPerObjective()), cycleId, "INCREASE_TO", "0", "100",
                        "%", "1", checkInValue(k, last), checkInAt(last), checkInConfidence(k), 1));
        insert("CHECK_IN", List.of("KEY_RESULT_ISSUE_ID", "CREATED_AT", "METRIC_VALUE", "CONFIDENCE", "AUTHOR_KEY"),
                size.checkIns(), c -> {
                    int k = c / size.checkInsPerKeyResult();
                    int n = c % size.checkInsPerKeyResult();
                    return row(keyResultIssueId(issueIds, k), checkInAt(n), checkInValue(k, n), checkInConfidence(k), "bench");
                });
        return cycleId;
    }

    /** The KPIs and their monthly measurements up to the current month; returns a KPI id from the middle. */
    private long kpis() throws SQLException {
        List<Long> kpiIds = insert("KPI", List.of("NAME", "OWNER_KEY", "CATEGORY", "TIMING", "UNIT", "DIRECTION",
                        "TARGET_VALUE", "HEALTHY_THRESHOLD", "WATCH_THRESHOLD", "CADENCE", "ARCHIVED", "VERSION"), size.kpis(),
                i -> row(String.format("KPI %05d", i + 1), "bench", "OPERATIONAL", "LAGGING", "%", "HIGHER_IS_BETTER", "100",
                        "0.9", "0.7", "MONTHLY", false, 1));
        List<Period> periods = periodsUpToNewest();
        long recordedAt = now.toEpochMilli();
        insert("KPI_MEASUREMENT", List.of("KPI_ID", "KPI_PERIOD", "PERIOD_KEY", "PERIOD_START", "METRIC_VALUE",
                        "RECORDED_AT", "SOURCE"), size.measurements(), m -> {
                    long kpiId = kpiIds.get(m / size.periodsPerKpi());
                    Period period = periods.get(m % size.periodsPerKpi());
                    return row(kpiId, kpiId + "/" + period.key(), period.key(), period.start().toString(),
                            String.valueOf(60 + m % 50), recordedAt, "MANUAL");
                });
        return kpiIds.get(size.kpis() / 2);
    }

    private List<Period> periodsUpToNewest() {
        List<Period> periods = new ArrayList<>();
        Period period = newestPeriod;
        for (int i = 0; i < size.periodsPerKpi(); i++) {
            periods.add(0, period);
            period = period.previous();
        }
        return periods;
    }

    static String teamOf(int objective) {
        return "TEAM" + (char) ('A' + objective % TEAMS);
    }

    /** Issues alternate: an objective, then its key results. */
    private long objectiveIssueId(List<Long> issueIds, int objective) {
        return issueIds.get(objective * (1 + size.keyResultsPerObjective()));
    }

    private long keyResultIssueId(List<Long> issueIds, int keyResult) {
        int objective = keyResult / size.keyResultsPerObjective();
        return issueIds.get(objective * (1 + size.keyResultsPerObjective()) + 1 + keyResult % size.keyResultsPerObjective());
    }

    /** Check-ins a few days apart, the last one yesterday. */
    private long checkInAt(int n) {
        return now.minus(Duration.ofDays(4L * (size.checkInsPerKeyResult() - n) - 3)).toEpochMilli();
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
        String sql = "INSERT INTO " + quoted(prefix.prepend(entityTable))
                + " (" + String.join(", ", columns.stream().map(BenchData::quoted).toList()) + ") VALUES ("
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
