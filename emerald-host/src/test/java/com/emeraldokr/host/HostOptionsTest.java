package com.emeraldokr.host;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostOptionsTest {

    @Test
    void defaultsToPort2990AndAnH2FileDatabaseInEmeraldData() {
        HostOptions o = HostOptions.parse(new String[0], Map.of());
        assertThat(o.port()).isEqualTo(2990);
        assertThat(o.dataDir()).isEqualTo(Path.of("emerald-data").toAbsolutePath());
        assertThat(o.jdbcUrl()).startsWith("jdbc:h2:file:" + o.dataDir().resolve("emerald"));
    }

    @Test
    void flagsWinOverTheEnvironment() {
        HostOptions o = HostOptions.parse(new String[]{"--port", "8080", "--db-url", "jdbc:postgresql://db/emerald",
                "--db-user", "emerald"}, Map.of("EMERALD_PORT", "9090", "EMERALD_DB_PASSWORD", "secret"));
        assertThat(o.port()).isEqualTo(8080);
        assertThat(o.jdbcUrl()).isEqualTo("jdbc:postgresql://db/emerald");
        assertThat(o.jdbcUser()).isEqualTo("emerald");
        assertThat(o.dbPassword()).isEqualTo("secret");
        assertThat(HostOptions.parse(new String[0], Map.of("EMERALD_PORT", "9090")).port()).isEqualTo(9090);
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--prot", "1"}, Map.of()))
                .isInstanceOf(HostOptions.UsageException.class).hasMessageStartingWith("unknown option --prot");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--port"}, Map.of()))
                .hasMessageStartingWith("missing value after --port");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--port", "70000"}, Map.of()))
                .hasMessageStartingWith("port must be a number from 0 to 65535");
    }

    @Test
    void aNodeIdNamesAClusterNodeOnPostgresAndIsRefusedOnH2() {
        HostOptions node = HostOptions.parse(new String[]{"--db-url", "jdbc:postgresql://db/emerald", "--node-id", "node-1",
                "--kpi-collection-interval", "PT5M"}, Map.of());
        assertThat(node.nodeName()).isEqualTo("node-1");
        assertThat(node.clustered()).isTrue();
        assertThat(node.kpiCollectionInterval()).hasMinutes(5);
        HostOptions fromEnv = HostOptions.parse(new String[0], Map.of("EMERALD_DB_URL", "jdbc:postgresql://db/emerald",
                "EMERALD_NODE_ID", "node-2", "EMERALD_KPI_COLLECTION_INTERVAL", "PT1M"));
        assertThat(fromEnv.nodeName()).isEqualTo("node-2");
        assertThat(fromEnv.kpiCollectionInterval()).hasMinutes(1);
        HostOptions single = HostOptions.parse(new String[0], Map.of());
        assertThat(single.clustered()).isFalse();
        assertThat(single.kpiCollectionInterval()).hasMinutes(15);
        assertThat(single.nodeName()).isEqualTo("node-" + ProcessHandle.current().pid());

        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--node-id", "node-1"}, Map.of()))
                .isInstanceOf(HostOptions.UsageException.class).hasMessageStartingWith("--node-id needs a PostgreSQL database");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--db-url", "jdbc:h2:mem:x", "--node-id", "node-1"}, Map.of()))
                .hasMessageStartingWith("--node-id needs a PostgreSQL database");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--db-url", "jdbc:postgresql://db/e", "--node-id", "node 1"}, Map.of()))
                .hasMessageStartingWith("node id must be 1 to 64 letters");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--kpi-collection-interval", "15"}, Map.of()))
                .hasMessageStartingWith("kpi-collection-interval must be an ISO-8601 duration");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--kpi-collection-interval", "PT0.5S"}, Map.of()))
                .hasMessageStartingWith("the KPI collection interval must be at least one second");
    }

    @Test
    void listensOnLoopbackUnlessToldOtherwise() {
        assertThat(HostOptions.parse(new String[0], Map.of()).bind()).isEqualTo("127.0.0.1");
        assertThat(new HostOptions(0, Path.of("d"), null, null, "").bind()).isEqualTo("127.0.0.1");
        assertThat(HostOptions.parse(new String[0], Map.of("EMERALD_BIND", "0.0.0.0")).bind()).isEqualTo("0.0.0.0");
        assertThat(HostOptions.parse(new String[]{"--bind", "::1"}, Map.of("EMERALD_BIND", "0.0.0.0")).bind()).isEqualTo("::1");
        assertThatThrownBy(() -> HostOptions.parse(new String[]{"--bind", "evil host; rm"}, Map.of()))
                .hasMessageStartingWith("bind must be an IP address or host name");
        assertThat(EmeraldHost.isLoopback("127.0.0.1")).isTrue();
        assertThat(EmeraldHost.isLoopback("::1")).isTrue();
        assertThat(EmeraldHost.isLoopback("0.0.0.0")).isFalse();
        assertThat(EmeraldHost.bindWarning("127.0.0.1")).isEmpty();
        assertThat(EmeraldHost.bindWarning("0.0.0.0")).hasValueSatisfying(w -> assertThat(w).contains("0.0.0.0", "demo user"));
    }
}
