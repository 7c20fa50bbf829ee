package com.emeraldokr.host;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

/** Concurrent registrations of the same issues over HTTP, on H2 (the shared seeded host) and on PostgreSQL. */
class HostConcurrencyRestTest extends SeededHostTest {

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
