package com.emeraldokr.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host node in a process of its own, started as {@code java EmeraldHost …} on this test's class
 * path, so it can be killed as an operating system kills a node: no shutdown hook, no goodbye to
 * the database.
 */
final class HostNodeProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("running at http://localhost:(\\d+)/");

    private final Process process;
    private final int port;
    private final List<String> output;

    private HostNodeProcess(Process process, int port, List<String> output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts a node with the given host options and returns once it serves requests. */
    static HostNodeProcess start(Path workDir, String... hostArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EmeraldHost.class.getName()));
        command.addAll(List.of(hostArgs));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher running = RUNNING.matcher(line);
                    if (running.find()) {
                        port.complete(Integer.parseInt(running.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            port.completeExceptionally(new IllegalStateException("the node stopped before serving: " + String.join("\n", output)));
        }, "host-node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new HostNodeProcess(process, port.get(90, TimeUnit.SECONDS), output);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the node did not start within 90 s: " + String.join("\n", output), e);
        }
    }

    int port() {
        return port;
    }

    /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
