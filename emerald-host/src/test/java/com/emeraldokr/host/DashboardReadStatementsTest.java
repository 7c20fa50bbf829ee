package com.emeraldokr.host;

import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.host.bench.BenchData;
import com.emeraldokr.host.bench.BenchReads;
import com.emeraldokr.host.bench.StatementCounter;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each dashboard item's read runs the same small number of SQL statements for a company of 20 objectives
 * and one of 200 (ten times the key results, check-ins and KPIs), counted at the JDBC level.
 */
class DashboardReadStatementsTest {

    /** The most statements a dashboard read may run. */
    private static final int MAX_STATEMENTS = 6;

    @Test
    void everyDashboardReadRunsTheSameFewStatementsAtAnySize() throws Exception {
        Map<String, Integer> small = statementsPerRead(20);
        Map<String, Integer> large = statementsPerRead(200);

        assertThat(large).as("statements per read at 200 objectives, against 20").isEqualTo(small);
        assertThat(small).allSatisfy((read, statements) ->
                assertThat(statements).as(read).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS));
    }

    /** Seeds a company with {@code objectives} objectives on a fresh H2 database and counts each read's statements. */
    private static Map<String, Integer> statementsPerRead(int objectives) throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StatementCounter counter = new StatementCounter();
        try (HostDatabase database = new HostDatabase(url, "sa", "", counter::wrap)) {
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
            entities.add(SandboxIssueEntity.class);
            entities.add(SandboxLinkEntity.class);
            database.migrate(entities);
            BenchData.Seeded seeded;
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                seeded = BenchData.seed(connection, database.tablePrefix(),
                        new BenchData.Size(objectives, 5, 3, objectives, 14));
            }
            BenchReads reads = new BenchReads(database);
            Map<String, Function<BenchReads, Object>> all = new LinkedHashMap<>();
            all.put("okr-progress", r -> r.okrProgress(seeded.cycleId()));
            all.put("cycle-overview", r -> r.cycleOverview(seeded.cycleId()));
            all.put("kpi-health", BenchReads::kpiHealth);
            all.put("key-result-trend", r -> r.keyResultTrend(seeded.keyResultKey()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            all.forEach((name, read) -> {
                read.apply(reads); // warm: the entity manager's first use of an entity reads no more than later ones
                counts.put(name, counter.during(() -> read.apply(reads)).size());
            });
            return counts;
        }
    }
}
