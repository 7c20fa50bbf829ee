package com.emeraldokr.host;

import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.core.ao.ActiveObjectsKpiStore;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.KpiMeasurementEntity;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.SharedCaches;
import com.emeraldokr.host.cluster.NodeCaches;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KPI storage and optimistic versions, on every database the host supports (runs inside {@link StoreContract}'s schema). */
abstract class KpiStoreContract extends StoreContract {

    private ActiveObjectsKpiStore kpis;
    private ActiveObjectsOkrStore okrs;

    @BeforeAll
    void openKpiStore() {
        kpis = new ActiveObjectsKpiStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        okrs = new ActiveObjectsOkrStore(ao, Clock.systemUTC(), SharedCaches.NONE);
    }

    private static KpiDraft draft(String name, String project) {
        return new KpiDraft(new KpiDefinition(name, "h", KpiDirection.LOWER_IS_BETTER, new BigDecimal("6"), null, null,
                KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.CUSTOMER, IndicatorTiming.LAGGING, null),
                "Hours to resolve", "alice", project);
    }

    private static KpiMeasurement month(String period, String value) {
        return new KpiMeasurement(Period.parse(period), new BigDecimal(value));
    }

    @Test
    void aKpiRoundTripsWithItsDefinition() {
        KpiRecord created = kpis.create(draft("Resolution time", "SUP"));
        assertThat(created.version()).isEqualTo(1);
        assertThat(kpis.find(created.id())).contains(created);
        assertThat(kpis.list("SUP", false)).contains(created);
        assertThat(kpis.list("NONE", false)).isEmpty();
        assertThat(kpis.find(987_654)).isEmpty();
    }

    @Test
    void recordingAPeriodAgainReplacesItInsteadOfDuplicating() {
        long id = kpis.create(draft("Idempotent", null)).id();
        assertThat(kpis.record(id, month("2026-10", "7.5"), Instant.parse("2026-11-01T00:00:00Z"), "MANUAL", "first")).isTrue();
        assertThat(kpis.record(id, month("2026-10", "7.25"), Instant.parse("2026-11-01T00:05:00Z"), "JQL", "retry")).isFalse();
        assertThat(kpis.record(id, month("2026-11", "6"), Instant.parse("2026-12-01T00:00:00Z"), "MANUAL", "")).isTrue();
        var stored = kpis.measurements(id, LocalDate.of(2026, 1, 1));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).measurement()).isEqualTo(month("2026-10", "7.25"));
        assertThat(stored.get(0).source()).isEqualTo("JQL");
        assertThat(stored.get(0).note()).isEqualTo("retry");
    }

    @Test
    void correctionsKeepTheirCreatorAndDeletionsStayForTheRecord() {
        long id = kpis.create(draft("Audited", null)).id();
        Instant first = Instant.parse("2026-11-01T00:00:00Z");
        Instant later = Instant.parse("2026-11-02T00:00:00Z");
        assertThat(kpis.record(id, month("2026-10", "8"), first, "MANUAL", "", "alice")).isTrue();
        assertThat(kpis.record(id, month("2026-10", "7"), later, "MANUAL", "typo", "bob")).isFalse();
        var corrected = kpis.measurements(id, LocalDate.of(2026, 1, 1)).get(0);
        assertThat(corrected.createdAt()).isEqualTo(first);
        assertThat(corrected.createdBy()).isEqualTo("alice");
        assertThat(corrected.recordedAt()).isEqualTo(later);
        assertThat(corrected.updatedBy()).isEqualTo("bob");

        assertThat(kpis.delete(id, "2026-10", later.plusSeconds(60), "carol")).isTrue();
        assertThat(kpis.delete(id, "2026-10", later.plusSeconds(90), "carol")).as("deleted once").isFalse();
        assertThat(kpis.measurements(id, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(kpis.measurements(List.of(id), LocalDate.of(2026, 1, 1)).get(id)).isEmpty();
        KpiMeasurementEntity kept = ao.find(KpiMeasurementEntity.class, Query.select().where("KPI_ID = ?", id))[0];
        assertThat(kept.getDeletedBy()).isEqualTo("carol");
        assertThat(kept.getMetricValue()).isEqualTo("7");

        assertThat(kpis.record(id, month("2026-10", "6.5"), later.plusSeconds(120), "MANUAL", "", "dave"))
                .as("a deleted period recorded again is new again").isTrue();
        assertThat(kpis.measurements(id, LocalDate.of(2026, 1, 1))).singleElement()
                .satisfies(m -> assertThat(m.createdBy()).isEqualTo("dave"));
    }

    @Test
    void twoEditorsOfTheSameVersionCannotBothWin() throws Exception {
        long id = kpis.create(draft("Contended", null)).id();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> edit = () -> {
            start.await();
            try {
                kpis.update(id, 1, draft("Contended " + Thread.currentThread().getName(), null), "editor");
                return "won";
            } catch (StaleVersionException e) {
                return "stale";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(edit);
            Future<String> b = pool.submit(edit);
            start.countDown();
            List<String> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
            assertThat(outcomes).containsExactlyInAnyOrder("won", "stale");
        } finally {
            pool.shutdownNow();
        }
        assertThat(kpis.find(id).orElseThrow().version()).isEqualTo(2);
        assertThatThrownBy(() -> kpis.update(id, 1, draft("Late", null), "late")).isInstanceOf(StaleVersionException.class);
        assertThat(kpis.find(id).orElseThrow().draft().definition().name()).startsWith("Contended ");
    }

    @Test
    void keyResultEditsAreVersionedToo() {
        var cycle = okrs.createCycle("Versions", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC, CycleState.ACTIVE);
        KeyResultRecord kr = new KeyResultRecord(880_001, 880_000, cycle.id(),
                new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, BigDecimal.TEN, "%"), BigDecimal.ONE, Optional.empty());
        okrs.createObjective(new ObjectiveRecord(880_000, cycle.id(), Commitment.COMMITTED), List.of(kr));
        KeyResultTarget wider = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("20"), "%");
        KeyResultRecord edited = okrs.updateKeyResult(880_001, 1, wider, new BigDecimal("2"), "bob");
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.target()).isEqualTo(wider);
        assertThatThrownBy(() -> okrs.updateKeyResult(880_001, 1, kr.target(), BigDecimal.ONE, "carol"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(okrs.findKeyResult(880_001).orElseThrow().target()).isEqualTo(wider);
    }

    @Test
    void aMeasurementOfAKpiThatMeasuresAKeyResultIsSeenInTheCachedCycleAtOnce() {
        NodeCaches caches = NodeCaches.single();
        ActiveObjectsKpiStore cachedKpis = new ActiveObjectsKpiStore(ao, Clock.systemUTC(), caches);
        ActiveObjectsOkrStore cachedOkrs = new ActiveObjectsOkrStore(ao, Clock.systemUTC(), caches);
        var cycle = cachedOkrs.createCycle("Measured", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC,
                CycleState.ACTIVE);
        long kpi = cachedKpis.create(draft("Measures a key result", null)).id();
        KeyResultRecord kr = new KeyResultRecord(881_001, 881_000, cycle.id(),
                new KeyResultTarget(KeyResultKind.DECREASE_TO, new BigDecimal("10"), new BigDecimal("6"), "h"), BigDecimal.ONE,
                Optional.empty(), 1, kpi);
        cachedOkrs.createObjective(new ObjectiveRecord(881_000, cycle.id(), Commitment.COMMITTED), List.of(kr));
        assertThat(cachedOkrs.findKeyResultsInCycle(cycle.id())).singleElement()
                .satisfies(k -> assertThat(k.latestCheckIn()).isEmpty());

        cachedKpis.record(kpi, month("2026-10", "8"), Instant.parse("2026-11-01T00:00:00Z"), "MANUAL", "");
        assertThat(cachedOkrs.findKeyResultsInCycle(cycle.id())).singleElement()
                .satisfies(k -> assertThat(k.latestCheckIn().orElseThrow().value()).isEqualByComparingTo("8"));
        cachedKpis.delete(kpi, "2026-10", Instant.parse("2026-11-02T00:00:00Z"), "alice");
        assertThat(cachedOkrs.findKeyResultsInCycle(cycle.id())).singleElement()
                .satisfies(k -> assertThat(k.latestCheckIn()).isEmpty());
    }

    @Test
    void archivingKeepsHistoryAndOnlyAnArchivedKpiCanBePurged() {
        long id = kpis.create(draft("Retired", null)).id();
        kpis.record(id, month("2026-09", "8"), Instant.now(), "MANUAL", "");
        kpis.record(id, month("2026-10", "9"), Instant.now(), "MANUAL", "");
        assertThatThrownBy(() -> kpis.purge(id)).hasMessageContaining("not archived");
        KpiRecord archived = kpis.archive(id, 1, "admin");
        assertThat(archived.archived()).isTrue();
        assertThat(kpis.list(null, false)).extracting(KpiRecord::id).doesNotContain(id);
        assertThat(kpis.list(null, true)).extracting(KpiRecord::id).contains(id);
        assertThat(kpis.measurements(id, LocalDate.MIN.plusYears(1))).hasSize(2);
        assertThat(kpis.purge(id)).isEqualTo(2);
        assertThat(kpis.find(id)).isEmpty();
        assertThat(kpis.measurements(List.of(id), LocalDate.of(2000, 1, 1)).get(id)).isEmpty();
    }

    @Test
    void badInputIsRefusedClearlyAndWritesNothing() {
        long id = kpis.create(draft("Guarded", null)).id();
        assertThatThrownBy(() -> kpis.record(987_654, month("2026-10", "1"), Instant.now(), "MANUAL", ""))
                .hasMessageContaining("no KPI 987654");
        assertThatThrownBy(() -> kpis.update(987_654, 1, draft("x", null), "u")).hasMessageContaining("no KPI 987654");
        assertThatThrownBy(() -> kpis.create(draft("n".repeat(300), null))).isInstanceOf(RuntimeException.class);
        assertThat(kpis.list(null, true)).noneMatch(k -> k.draft().definition().name().startsWith("nnn"));
        assertThat(kpis.record(id, month("2026-10", "1"), Instant.now(), "MANUAL", null)).as("a missing note is fine").isTrue();
        assertThatThrownBy(() -> kpis.update(id, 1, new KpiDraft(null, null, null, null), "u"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("definition");
        assertThat(kpis.find(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void readingManyKpisTakesTheSameStatementsAsReadingFew() {
        List<Long> few = new ArrayList<>();
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long id = kpis.create(draft("Batch " + i, "BAT")).id();
            kpis.record(id, month("2026-10", String.valueOf(i)), Instant.now(), "MANUAL", "");
            (i < 3 ? few : many).add(id);
        }
        many.addAll(few);
        int fewStatements = statementsFor(() -> kpis.measurements(few, LocalDate.of(2026, 1, 1)).size(), 3);
        int manyStatements = statementsFor(() -> kpis.measurements(many, LocalDate.of(2026, 1, 1)).size(), 60);
        assertThat(fewStatements).isEqualTo(manyStatements);
        Map<Long, List<KpiMeasurement>> read = kpis.measurements(many, LocalDate.of(2026, 1, 1));
        assertThat(read.get(few.get(1))).containsExactly(month("2026-10", "1"));
    }
}
