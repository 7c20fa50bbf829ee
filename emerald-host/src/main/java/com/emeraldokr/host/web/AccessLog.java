package com.emeraldokr.host.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The host's access log: one line per request, appended to {@code access.log}. When the file would
 * grow past its cap it is rotated: {@code access.log} becomes {@code access.log.1}, {@code .1}
 * becomes {@code .2} and so on, the oldest beyond {@code keep} files is dropped, so the log never
 * takes more than about {@code (keep + 1) × cap} bytes.
 */
public final class AccessLog implements AutoCloseable {

    public static final String FILE_NAME = "access.log";
    public static final long DEFAULT_CAP_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 5;

    private final Path file;
    private final long capBytes;
    private final int keep;
    private Writer out;
    private long size;

    public AccessLog(Path directory, long capBytes, int keep) {
        if (capBytes < 1 || keep < 0) {
            throw new IllegalArgumentException("the cap must be positive and keep not negative");
        }
        this.file = directory.resolve(FILE_NAME);
        this.capBytes = capBytes;
        this.keep = keep;
        try {
            Files.createDirectories(directory);
            open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the access log " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends one line (its line breaks are replaced, so one request is always one line). */
    public synchronized void write(String line) {
        String entry = line.replace('\r', ' ').replace('\n', ' ') + "\n";
        long bytes = entry.getBytes(StandardCharsets.UTF_8).length;
        try {
            if (size > 0 && size + bytes > capBytes) {
                rotate();
            }
            out.write(entry);
            out.flush();
            size += bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the access log " + file, e);
        }
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(numbered(keep + 1));
        for (int i = keep; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep > 0) {
            Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(numbered(keep + 1));
        Files.deleteIfExists(file);
        open();
    }

    private Path numbered(int n) {
        return file.resolveSibling(FILE_NAME + "." + n);
    }

    private void open() throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
