package com.emeraldokr.core.service.kpi;

import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.StoredMeasurement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the values of JQL-fed KPIs: the current period's value is the query's aggregate now,
 * refreshed while the period runs and frozen once it is over. Recording is an upsert per period,
 * so running twice, or on two nodes, stores the same row.
 */
@Named
public class KpiCollector {

    /** The measurement source of collected values, next to MANUAL. */
    public static final String SOURCE = "JQL";

    private static final Logger LOG = LoggerFactory.getLogger(KpiCollector.class);

    private final KpiStore store;
    private final KpiSourceReader reader;
    private final Clock clock;

    /** What one run did. */
    public record Report(int collected, int upToDate, List<Failure> failures) {
        public Report {
            failures = List.copyOf(failures);
        }

        /** A KPI whose query failed; the others were still collected. */
        public record Failure(long kpiId, String name, String message) {
        }
    }

    @Inject
    public KpiCollector(KpiStore store, KpiSourceReader reader, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    /** Collects every active JQL-fed KPI whose current value is older than its cadence's refresh interval. */
    public Report collectDue() {
        Instant now = clock.instant();
        int collected = 0;
        int upToDate = 0;
        List<Report.Failure> failures = new ArrayList<>();
        for (KpiRecord kpi : store.list(null, false)) {
            if (kpi.draft().source() == null) {
                continue;
            }
            if (!due(kpi, now)) {
                upToDate++;
                continue;
            }
            try {
                collect(kpi);
                collected++;
            } catch (KpiOwnerUnavailableException e) {
                // never measured with anyone else's rights: nothing is recorded until the KPI has an owner who can
                LOG.warn("KPI {} ({}) was not collected: its owner {} cannot run its query: {}", kpi.id(),
                        kpi.draft().definition().name(), e.ownerKey(), e.getMessage());
                failures.add(new Report.Failure(kpi.id(), kpi.draft().definition().name(), e.getMessage()));
            } catch (RuntimeException e) {
                failures.add(new Report.Failure(kpi.id(), kpi.draft().definition().name(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new Report(collected, upToDate, failures);
    }

    /**
     * Measures the KPI now, as its owner, and records the value for the current period; empty when the
     * query found nothing to aggregate.
     *
     * @throws KpiOwnerUnavailableException when the owner cannot run the query; nothing is recorded
     */
    public Optional<StoredMeasurement> collect(KpiRecord kpi) {
        Instant now = clock.instant();
        Period period = currentPeriod(kpi, now);
        Optional<BigDecimal> value = reader.measure(kpi.draft().source(), kpi.draft().ownerKey(), kpi.draft().projectKey());
        value.ifPresent(v -> store.record(kpi.id(), new KpiMeasurement(period, v), now, SOURCE, ""));
        return value.map(v -> new StoredMeasurement(kpi.id(), new KpiMeasurement(period, v), now, SOURCE, ""));
    }

    private boolean due(KpiRecord kpi, Instant now) {
        Period period = currentPeriod(kpi, now);
        Duration refresh = refreshInterval(kpi.draft().definition().cadence());
        return store.measurements(kpi.id(), period.start()).stream()
                .filter(m -> m.measurement().period().equals(period) && SOURCE.equals(m.source()))
                .noneMatch(m -> m.recordedAt().plus(refresh).isAfter(now));
    }

    private Period currentPeriod(KpiRecord kpi, Instant now) {
        return kpi.draft().definition().cadence().periodOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /** Short periods move fast; a quarter's figure is fine once a day. */
    static Duration refreshInterval(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> Duration.ofHours(1);
            case WEEKLY -> Duration.ofHours(6);
            case MONTHLY, QUARTERLY -> Duration.ofHours(24);
        };
    }
}
