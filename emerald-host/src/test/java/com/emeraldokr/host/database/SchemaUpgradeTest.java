package com.emeraldokr.host.database;

import com.emeraldokr.core.ao.ActiveObjectsKpiStore;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.KeyResultEntity;
import com.emeraldokr.core.ao.KpiEntity;
import com.emeraldokr.core.ao.KpiMeasurementEntity;
import com.emeraldokr.core.ao.ObjectiveEntity;
import com.emeraldokr.core.ao.upgrade.InitialModel;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.emeraldokr.core.ao.upgrade.v1.CheckInV1;
import com.emeraldokr.core.ao.upgrade.v1.CycleV1;
import com.emeraldokr.core.ao.upgrade.v1.KeyResultV1;
import com.emeraldokr.core.ao.upgrade.v1.ObjectiveV1;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiAssessor;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiHealth;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssuesAlreadyRegisteredException;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.SharedCaches;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database written by model 1 upgrades to the current model with nothing lost, on H2 and PostgreSQL. */
class SchemaUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void upgradesAModelOneDatabaseOnH2() {
        try (HostDatabase database = new HostDatabase("jdbc:h2:file:" + dataDir.resolve("v1") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "")) {
            upgradesWithNothingLost(database);
        }
    }

    @Test
    void upgradesAModelOneDatabaseOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             HostDatabase database = new HostDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            upgradesWithNothingLost(database);
        }
    }

    @Test
    void modelSixGivesOldKpisTheBandOfTheirRatioThresholdsOnH2() {
        try (HostDatabase database = new HostDatabase("jdbc:h2:file:" + dataDir.resolve("v5") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "")) {
            oldKpisGetTheBandOfTheirRatioThresholds(database);
        }
    }

    @Test
    void modelSixGivesOldKpisTheBandOfTheirRatioThresholdsOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             HostDatabase database = new HostDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            oldKpisGetTheBandOfTheirRatioThresholds(database);
        }
    }

    /**
     * A model 5 KPI judged by ratio thresholds (watch 0.8, lower is better) keeps its unhealthy edge: value at
     * most target / 0.8 is a warning. Its measurement counts as created when it was last recorded.
     */
    private static void oldKpisGetTheBandOfTheirRatioThresholds(HostDatabase database) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
        assertThat(new HostSchema(database, ao, SchemaSteps.ALL.subList(0, 5)).upgrade()).isEqualTo(5);
        KpiEntity old = ao.create(KpiEntity.class, new DBParam("NAME", "Resolution time"), new DBParam("CATEGORY", "CUSTOMER"),
                new DBParam("TIMING", "LAGGING"), new DBParam("UNIT", "h"), new DBParam("DIRECTION", "LOWER_IS_BETTER"),
                new DBParam("TARGET_VALUE", "6"), new DBParam("HEALTHY_THRESHOLD", "0.9"), new DBParam("WATCH_THRESHOLD", "0.8"),
                new DBParam("CADENCE", "MONTHLY"), new DBParam("ARCHIVED", false), new DBParam("VERSION", 1));
        ao.create(KpiMeasurementEntity.class, new DBParam("KPI_ID", (long) old.getID()),
                new DBParam("KPI_PERIOD", old.getID() + "/2026-10"), new DBParam("PERIOD_KEY", "2026-10"),
                new DBParam("PERIOD_START", "2026-10-01"), new DBParam("METRIC_VALUE", "7.5"),
                new DBParam("RECORDED_AT", 1_790_000_000_000L), new DBParam("SOURCE", "MANUAL"));

        assertThat(HostSchema.current(database, ao).upgrade()).isEqualTo(SchemaSteps.currentVersion());

        ActiveObjectsKpiStore kpis = new ActiveObjectsKpiStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        KpiDefinition upgraded = kpis.find(old.getID()).orElseThrow().draft().definition();
        assertThat(upgraded.thresholds().tolerance()).isEqualTo(KpiThresholds.Tolerance.RELATIVE);
        assertThat(upgraded.thresholds().amount()).isEqualByComparingTo("0.25");
        assertThat(upgraded.thresholds().earlyWarningPeriods()).isEqualTo(KpiThresholds.DEFAULT_EARLY_WARNING_PERIODS);
        assertThat(KpiAssessor.health(upgraded, Optional.of(new BigDecimal("7.5")))).isEqualTo(KpiHealth.WARNING);
        assertThat(KpiAssessor.health(upgraded, Optional.of(new BigDecimal("7.51")))).isEqualTo(KpiHealth.UNHEALTHY);
        assertThat(kpis.measurements(old.getID(), LocalDate.of(2026, 1, 1))).singleElement().satisfies(m -> {
            assertThat(m.createdAt()).isEqualTo(Instant.ofEpochMilli(1_790_000_000_000L));
            assertThat(m.createdBy()).isNull();
        });
    }

    @Test
    void sandboxKeysStoredTwiceAreRenumberedOnH2() {
        try (HostDatabase database = new HostDatabase("jdbc:h2:file:" + dataDir.resolve("keys") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "")) {
            sandboxKeysStoredTwiceAreRenumbered(database);
        }
    }

    @Test
    void sandboxKeysStoredTwiceAreRenumberedOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             HostDatabase database = new HostDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            sandboxKeysStoredTwiceAreRenumbered(database);
        }
    }

    @SuppressWarnings("unchecked")
    private static void sandboxKeysStoredTwiceAreRenumbered(HostDatabase database) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
        ao.migrate(SandboxIssueBeforeUniqueKeys.class);
        for (String key : List.of("DUP-1", "DUP-2", "DUP-2", "DUP-3", "DUP-2")) {
            ao.create(SandboxIssueBeforeUniqueKeys.class, new DBParam("ISSUE_KEY", key), new DBParam("PROJECT_KEY", "DUP"),
                    new DBParam("ISSUE_TYPE", "Task"), new DBParam("SUMMARY", "Issue " + key), new DBParam("STATUS_CATEGORY", "new"));
        }

        assertThat(HostSchema.current(database, ao).upgrade()).isEqualTo(SchemaSteps.currentVersion());

        SandboxIssueDirectory sandbox = new SandboxIssueDirectory(ao);
        // the oldest issue keeps its key, the later ones get the next free numbers, in id order
        assertThat(sandbox.issuesOfProject("DUP")).extracting(IssueSummary::key)
                .containsExactly("DUP-1", "DUP-2", "DUP-4", "DUP-3", "DUP-5");
        assertThat(sandbox.create(new SandboxIssueDirectory.NewIssue("DUP", "Task", "Next", "new", null, null)).key())
                .isEqualTo("DUP-6");
        assertThatThrownBy(() -> ao.create(SandboxIssueEntity.class, new DBParam("ISSUE_KEY", "DUP-1"),
                new DBParam("PROJECT_KEY", "DUP"), new DBParam("ISSUE_TYPE", "Task"), new DBParam("SUMMARY", "Again"),
                new DBParam("STATUS_CATEGORY", "new"))).as("unique SANDBOX_ISSUE.ISSUE_KEY").hasMessageMatching("(?is).*unique.*");
    }

    private static void upgradesWithNothingLost(HostDatabase database) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
        assertThat(new HostSchema(database, ao, List.of(new InitialModel())).upgrade()).isEqualTo(1);
        CycleV1 cycle = ao.create(CycleV1.class, new DBParam("NAME", "2026 Q3"), new DBParam("START_DATE", "2026-07-01"),
                new DBParam("END_DATE", "2026-09-30"), new DBParam("TIME_ZONE", "Europe/Berlin"), new DBParam("STATE", "CLOSED"));
        ao.create(ObjectiveV1.class, new DBParam("ISSUE_ID", 10L), new DBParam("CYCLE_ID", (long) cycle.getID()),
                new DBParam("COMMITMENT", "COMMITTED"));
        ao.create(KeyResultV1.class, new DBParam("ISSUE_ID", 11L), new DBParam("OBJECTIVE_ISSUE_ID", 10L),
                new DBParam("CYCLE_ID", (long) cycle.getID()), new DBParam("KIND", "DECREASE_TO"),
                new DBParam("START_VALUE", "18.5"), new DBParam("TARGET_VALUE", "8"), new DBParam("UNIT", "min"),
                new DBParam("WEIGHT", "2"), new DBParam("LATEST_VALUE", "12.25"), new DBParam("LATEST_AT", 1_790_000_000_000L),
                new DBParam("LATEST_CONFIDENCE", 6));
        for (int i = 0; i < 3; i++) {
            ao.create(CheckInV1.class, new DBParam("KEY_RESULT_ISSUE_ID", 11L), new DBParam("CREATED_AT", 1_780_000_000_000L + i),
                    new DBParam("METRIC_VALUE", "1" + i), new DBParam("CONFIDENCE", 5 + i), new DBParam("NOTE", "note " + i),
                    new DBParam("AUTHOR_KEY", "alice"));
        }

        // concurrent registrations before model 5 could store an issue twice: objective 10 and key result 11 again
        ao.create(ObjectiveV1.class, new DBParam("ISSUE_ID", 10L), new DBParam("CYCLE_ID", (long) cycle.getID()),
                new DBParam("COMMITMENT", "ASPIRATIONAL"));
        ao.create(KeyResultV1.class, new DBParam("ISSUE_ID", 11L), new DBParam("OBJECTIVE_ISSUE_ID", 10L),
                new DBParam("CYCLE_ID", (long) cycle.getID()), new DBParam("KIND", "INCREASE_TO"),
                new DBParam("START_VALUE", "0"), new DBParam("TARGET_VALUE", "1"), new DBParam("WEIGHT", "1"));

        assertThat(HostSchema.current(database, ao).upgrade()).isEqualTo(SchemaSteps.currentVersion());

        ActiveObjectsOkrStore okrs = new ActiveObjectsOkrStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        assertThat(okrs.listCycles()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("2026 Q3");
            assertThat(c.zone().getId()).isEqualTo("Europe/Berlin");
        });
        assertThat(okrs.findObjective(10)).contains(new ObjectiveRecord(10, cycle.getID(), Commitment.COMMITTED));
        KeyResultRecord kr = okrs.findKeyResult(11).orElseThrow();
        assertThat(kr.version()).isEqualTo(1);
        assertThat(kr.target().start()).isEqualByComparingTo("18.5");
        assertThat(kr.target().upper()).isNull();
        assertThat(kr.weight()).isEqualByComparingTo("2");
        assertThat(kr.latestCheckIn().orElseThrow().value()).isEqualByComparingTo("12.25");
        assertThat(okrs.findCheckIns(List.of(11L)).get(11L)).extracting(CheckIn::note).containsExactly("note 0", "note 1", "note 2");
        // model 2's additions work on the upgraded database
        assertThat(okrs.updateKeyResult(11, 1, kr.target(), BigDecimal.ONE, "bob").version()).isEqualTo(2);
        ActiveObjectsKpiStore kpis = new ActiveObjectsKpiStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        long kpi = kpis.create(new KpiDraft(new KpiDefinition("Uptime", "%", KpiDirection.HIGHER_IS_BETTER,
                new BigDecimal("99.9"), null, null, KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.OPERATIONAL,
                IndicatorTiming.LAGGING, null), null, null, null)).id();
        assertThat(kpis.find(kpi)).isPresent();
        // model 4's additions work on the upgraded database: the old objective is not archived, a cycle
        // closed before model 4 has no frozen scores (its reads fall back to the formulas), and archiving works
        assertThat(okrs.findObjective(10).orElseThrow().archived()).isFalse();
        assertThat(okrs.findFinalScoresInCycle(cycle.getID())).isEmpty();
        okrs.setObjectiveArchived(10, true);
        assertThat(okrs.findObjective(10).orElseThrow().archived()).isTrue();
        // model 5: the oldest row of a twice-stored issue stays, the later ones are gone; the issue ids are unique now
        assertThat(okrs.findObjectivesInCycle(cycle.getID())).hasSize(1);
        assertThat(okrs.findKeyResultsOfObjective(10)).singleElement()
                .satisfies(k -> assertThat(k.target().start()).isEqualByComparingTo("18.5"));
        assertThatThrownBy(() -> ao.create(ObjectiveEntity.class, new DBParam("ISSUE_ID", 10L),
                new DBParam("CYCLE_ID", (long) cycle.getID()), new DBParam("COMMITMENT", "COMMITTED"),
                new DBParam("ARCHIVED", false))).as("unique OBJECTIVE.ISSUE_ID").hasMessageMatching("(?is).*unique.*");
        assertThatThrownBy(() -> ao.create(KeyResultEntity.class, new DBParam("ISSUE_ID", 11L),
                new DBParam("OBJECTIVE_ISSUE_ID", 10L), new DBParam("CYCLE_ID", (long) cycle.getID()),
                new DBParam("KIND", "INCREASE_TO"), new DBParam("START_VALUE", "0"), new DBParam("TARGET_VALUE", "1"),
                new DBParam("WEIGHT", "1"), new DBParam("VERSION", 1))).as("unique KEY_RESULT.ISSUE_ID")
                .hasMessageMatching("(?is).*unique.*");
        // the old rows got their registration claims: key result 11 cannot become an objective
        assertThatThrownBy(() -> okrs.createObjective(new ObjectiveRecord(11, cycle.getID(), Commitment.COMMITTED), List.of()))
                .isInstanceOf(IssuesAlreadyRegisteredException.class);
        // running the upgrade again changes nothing
        assertThat(HostSchema.current(database, ao).upgrade()).isEqualTo(SchemaSteps.currentVersion());
        assertThat(okrs.findCheckIns(List.of(11L)).get(11L)).hasSize(3);
        assertThat(Instant.ofEpochMilli(1_790_000_000_000L)).isEqualTo(kr.latestCheckIn().orElseThrow().at());
    }
}
