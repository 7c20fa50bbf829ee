package com.emeraldokr.core.service.kpi;

import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.StoredMeasurement;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which JQL-fed KPIs a run collects, what it records, and that one failing query does not stop the others. */
class KpiCollectorTest {

    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final Period THIS_WEEK = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 18));

    private final KpiStore store = mock(KpiStore.class);
    private final KpiSourceReader reader = mock(KpiSourceReader.class);
    private final KpiCollector collector = new KpiCollector(store, reader, Clock.fixed(NOW, ZoneOffset.UTC));

    private static KpiRecord kpi(long id, String jql) {
        KpiDefinition d = new KpiDefinition("KPI " + id, "", KpiDirection.LOWER_IS_BETTER, BigDecimal.TEN, null, null,
                KpiThresholds.DEFAULTS, Cadence.WEEKLY, KpiCategory.OPERATIONAL, IndicatorTiming.LEADING, null);
        KpiSource source = jql == null ? null : new KpiSource(jql, KpiSource.Aggregate.COUNT, null);
        return new KpiRecord(id, new KpiDraft(d, "", "alice", "PLAT", source), false, 1);
    }

    private static StoredMeasurement collectedAgo(long kpiId, Duration ago, String source) {
        return new StoredMeasurement(kpiId, new KpiMeasurement(THIS_WEEK, BigDecimal.ONE), NOW.minus(ago), source, "");
    }

    @Test
    void collectsTheDueKpisSkipsFreshOnesAndKeepsGoingPastAFailure() {
        KpiRecord manual = kpi(1, null);
        KpiRecord never = kpi(2, "project = PLAT");
        KpiRecord fresh = kpi(3, "project = GROW");
        KpiRecord stale = kpi(4, "project = OPS");
        KpiRecord broken = kpi(5, "project = GONE");
        KpiRecord typedIn = kpi(6, "project = QA");
        when(store.list(null, false)).thenReturn(List.of(manual, never, fresh, stale, broken, typedIn));
        when(store.measurements(eq(3L), any())).thenReturn(List.of(collectedAgo(3, Duration.ofMinutes(30), KpiCollector.SOURCE)));
        when(store.measurements(eq(4L), any())).thenReturn(List.of(collectedAgo(4, Duration.ofHours(7), KpiCollector.SOURCE)));
        // a value somebody typed this week does not make the query's value fresh
        when(store.measurements(eq(6L), any())).thenReturn(List.of(collectedAgo(6, Duration.ofMinutes(5), "MANUAL")));
        when(reader.measure(any(), any(), any())).thenReturn(Optional.of(new BigDecimal("7")));
        when(reader.measure(broken.draft().source(), "alice", "PLAT")).thenThrow(new IllegalStateException("project GONE does not exist"));

        KpiCollector.Report report = collector.collectDue();

        assertThat(report.collected()).isEqualTo(3);
        assertThat(report.upToDate()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kpiId()).isEqualTo(5);
            assertThat(f.message()).contains("GONE");
        });
        ArgumentCaptor<KpiMeasurement> recorded = ArgumentCaptor.forClass(KpiMeasurement.class);
        verify(reader).measure(never.draft().source(), "alice", "PLAT");
        verify(store).record(eq(2L), recorded.capture(), eq(NOW), eq(KpiCollector.SOURCE), eq(""));
        assertThat(recorded.getValue().period()).isEqualTo(THIS_WEEK);
        assertThat(recorded.getValue().value()).isEqualByComparingTo("7");
        verify(store).record(eq(4L), any(), eq(NOW), eq(KpiCollector.SOURCE), eq(""));
        verify(store).record(eq(6L), any(), eq(NOW), eq(KpiCollector.SOURCE), eq(""));
        verify(store, never()).record(eq(1L), any(), any(), anyString(), anyString());
        verify(store, never()).record(eq(3L), any(), any(), anyString(), anyString());
        verify(store, never()).record(eq(5L), any(), any(), anyString(), anyString());
    }

    @Test
    void aQueryWithNothingToAggregateRecordsNothing() {
        KpiRecord kpi = kpi(2, "project = PLAT");
        when(reader.measure(kpi.draft().source(), "alice", "PLAT")).thenReturn(Optional.empty());
        assertThat(collector.collect(kpi)).isEmpty();
        verify(store, never()).record(anyLong(), any(), any(), anyString(), anyString());
    }

    @Test
    void aKpiWhoseOwnerCannotRunTheQueryRecordsNothingAndTheOthersAreStillCollected() {
        KpiRecord orphaned = kpi(7, "project = PLAT");
        KpiRecord owned = kpi(8, "project = OPS");
        when(store.list(null, false)).thenReturn(List.of(orphaned, owned));
        when(reader.measure(orphaned.draft().source(), "alice", "PLAT"))
                .thenThrow(new KpiOwnerUnavailableException("alice", "user alice no longer exists"));
        when(reader.measure(owned.draft().source(), "alice", "PLAT")).thenReturn(Optional.of(BigDecimal.ONE));

        KpiCollector.Report report = collector.collectDue();

        assertThat(report.collected()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kpiId()).isEqualTo(7);
            assertThat(f.message()).contains("no longer exists");
        });
        verify(store, never()).record(eq(7L), any(), any(), anyString(), anyString());
        verify(store).record(eq(8L), any(), eq(NOW), eq(KpiCollector.SOURCE), eq(""));
    }

    @Test
    void shortPeriodsAreRefreshedMoreOften() {
        assertThat(KpiCollector.refreshInterval(Cadence.DAILY)).isLessThan(KpiCollector.refreshInterval(Cadence.WEEKLY));
        assertThat(KpiCollector.refreshInterval(Cadence.WEEKLY)).isLessThan(KpiCollector.refreshInterval(Cadence.MONTHLY));
        assertThat(KpiCollector.refreshInterval(Cadence.QUARTERLY)).isEqualTo(Duration.ofHours(24));
    }
}
