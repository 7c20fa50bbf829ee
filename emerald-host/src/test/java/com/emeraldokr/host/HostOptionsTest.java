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
