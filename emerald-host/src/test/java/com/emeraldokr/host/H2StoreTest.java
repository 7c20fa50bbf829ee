package com.emeraldokr.host;

import com.emeraldokr.host.database.HostDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on an H2 file database, the host's default. */
class H2StoreTest extends KpiStoreContract {

    @TempDir
    static Path dataDir;

    @Override
    protected HostDatabase openDatabase() {
        return new HostDatabase("jdbc:h2:file:" + dataDir.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
}
