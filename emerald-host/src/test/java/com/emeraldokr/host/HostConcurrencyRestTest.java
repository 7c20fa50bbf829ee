package com.emeraldokr.host;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Concurrent registrations of the same issues, check-ins on one key result and measurements of one
 * KPI over HTTP, on H2 (the shared seeded host) and on PostgreSQL.
 */
class HostConcurrencyRestTest extends SeededHostTest {

    @Test
    void fiftyConcurrentCheckInsAreAllStoredOnH2() throws Exception {
        ConcurrentWrites.fiftyConcurrentCheckInsAreAllStored(host, http);
    }

    @Test
    void concurrentMeasurementsAreStoredOnceEachOnH2() throws Exception {
        ConcurrentWrites.concurrentMeasurementsOfManyPeriodsAreAllStored(http);
        ConcurrentWrites.concurrentMeasurementsOfOnePeriodLeaveOneRow(http);
    }

    @Test
    void concurrentCheckInsAndMeasurementsAreAllStoredOnPostgres(@TempDir Path postgresDataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             EmeraldHost pgHost = EmeraldHost.start(new HostOptions(0, postgresDataDir,
                     postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""), Clock.systemUTC())) {
            HostHttp pgHttp = new HostHttp(pgHost.port());
            ConcurrentWrites.fiftyConcurrentCheckInsAreAllStored(pgHost, pgHttp);
            ConcurrentWrites.concurrentMeasurementsOfManyPeriodsAreAllStored(pgHttp);
            ConcurrentWrites.concurrentMeasurementsOfOnePeriodLeaveOneRow(pgHttp);
        }
    }

    @Test
    void exactlyOneOfTwentyConcurrentRegistrationsWinsOnH2() throws Exception {
        ConcurrentRegistration.exactlyOneOfTwentyRegistrationsWins(host, http);
    }

    @Test
    void exactlyOneOfTwentyConcurrentRegistrationsWinsOnPostgres(@TempDir Path postgresDataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             EmeraldHost pgHost = EmeraldHost.start(new HostOptions(0, postgresDataDir,
                     postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""), Clock.systemUTC())) {
            ConcurrentRegistration.exactlyOneOfTwentyRegistrationsWins(pgHost, new HostHttp(pgHost.port()));
        }
    }
}
