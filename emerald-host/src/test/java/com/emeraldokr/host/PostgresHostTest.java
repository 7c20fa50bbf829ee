package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole host, demo company included, on PostgreSQL as {@code --db-url jdbc:postgresql:…} starts it. */
class PostgresHostTest {

    @Test
    void seedsAndServesTheDemoCompanyFromPostgres(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             EmeraldHost host = EmeraldHost.start(new HostOptions(0, dataDir,
                     postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""), Clock.systemUTC())) {
            HostHttp http = new HostHttp(host.port());

            assertThat(http.get("/status").text()).isEqualTo("{\"status\":\"RUNNING\"}");
            JsonNode gadget = http.get("/rest/emerald/1.0/gadgets/okr-progress").body();
            assertThat(gadget.get("cycle").get("state").asText()).isEqualTo("ACTIVE");
            assertThat(gadget.get("objectives")).hasSizeGreaterThanOrEqualTo(3);
            ConcurrentAcceptance.exactlyOneOfTwentyAcceptancesWins(http);
            // no database file beside PostgreSQL: the data directory holds the access log only
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly("access.log");
            }
        }
    }
}
