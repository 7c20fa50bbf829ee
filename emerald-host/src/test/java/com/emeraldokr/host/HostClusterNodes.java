package com.emeraldokr.host;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Host nodes sharing one PostgreSQL database in this JVM, each on a free port under its own node id:
 * for tests and benchmarks that run against a cluster (pass the same JDBC URL they use for one node).
 * The first node seeds the demo company when asked; the others start on what it wrote.
 */
public final class HostClusterNodes implements AutoCloseable {

    private final List<EmeraldHost> nodes;

    private HostClusterNodes(List<EmeraldHost> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Starts {@code count} nodes named node-1, node-2, …, one after the other. */
    public static HostClusterNodes start(int count, String jdbcUrl, String user, String password, Path dataDir,
                                         boolean seedDemo, Duration kpiCollectionInterval) {
        List<EmeraldHost> started = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                started.add(EmeraldHost.start(new HostOptions(0, dataDir, jdbcUrl, user, password, seedDemo && i == 1,
                        "node-" + i, kpiCollectionInterval), Clock.systemUTC()));
            }
            return new HostClusterNodes(started);
        } catch (RuntimeException e) {
            started.forEach(EmeraldHost::close);
            throw e;
        }
    }

    /** The nodes in start order. */
    public List<EmeraldHost> nodes() {
        return nodes;
    }

    /** The HTTP ports of the nodes, for a load generator to spread its users over. */
    public List<Integer> ports() {
        return nodes.stream().map(EmeraldHost::port).toList();
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}
