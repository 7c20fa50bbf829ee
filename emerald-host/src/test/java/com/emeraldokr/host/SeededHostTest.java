package com.emeraldokr.host;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A host with the demo company on a free port, shared by one test class, and an HTTP client for it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeededHostTest {

    static final String API = "/rest/emerald/1.0";

    @TempDir
    static Path dataDir;
    EmeraldHost host;
    HostHttp http;

    @BeforeAll
    void startHost() {
        host = EmeraldHost.start(new HostOptions(0, dataDir, null, null, ""), Clock.systemUTC());
        http = new HostHttp(host.port());
    }

    @AfterAll
    void stopHost() {
        host.close();
    }

    /** The fields an error reply names, each with a message. */
    static List<String> fields(HostHttp.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(e -> {
            fields.add(e.get("field").asText());
            assertThat(e.get("message").asText()).isNotBlank();
        });
        return fields;
    }
}
