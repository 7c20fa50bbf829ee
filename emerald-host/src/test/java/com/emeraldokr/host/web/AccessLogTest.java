package com.emeraldokr.host.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void rotatesAtItsCapAndKeepsOnlySoManyFiles() throws IOException {
        try (AccessLog log = new AccessLog(dir, 100, 2)) {
            for (int i = 0; i < 40; i++) {
                log.write("line %02d of the access log test".formatted(i));
            }
        }
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .containsExactly("access.log", "access.log.1", "access.log.2");
        for (Path file : files()) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(100);
        }
        assertThat(Files.readAllLines(dir.resolve("access.log"))).last().isEqualTo("line 39 of the access log test");
        assertThat(Files.readAllLines(dir.resolve("access.log.1")).get(0)).isLessThan(Files.readAllLines(dir.resolve("access.log")).get(0));
    }

    @Test
    void oneRequestIsOneLineWhateverItContains() throws IOException {
        try (AccessLog log = new AccessLog(dir, AccessLog.DEFAULT_CAP_BYTES, AccessLog.DEFAULT_KEEP)) {
            log.write("GET /a\r\nforged 200 1ms admin");
        }
        assertThat(Files.readAllLines(dir.resolve("access.log"))).containsExactly("GET /a  forged 200 1ms admin");
    }

    @Test
    void appendsToTheLogOfAnEarlierStart() throws IOException {
        try (AccessLog log = new AccessLog(dir, 1000, 1)) {
            log.write("first start");
        }
        try (AccessLog log = new AccessLog(dir, 1000, 1)) {
            log.write("second start");
        }
        assertThat(Files.readAllLines(dir.resolve("access.log"))).containsExactly("first start", "second start");
    }
}
