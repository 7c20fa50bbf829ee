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
}
