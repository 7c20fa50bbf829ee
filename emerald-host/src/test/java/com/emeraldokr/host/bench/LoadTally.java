package com.emeraldokr.host.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one kind of load (dashboard reads, or writes) saw: every request's latency and its errors counted by
 * kind ("HTTP 503", "timeout", …). One thread records per slot, so slots need no locking.
 */
final class LoadTally {

    private final long[][] latencies;
    private final int[] counts;
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    LoadTally(int threads) {
        latencies = new long[threads][1024];
        counts = new int[threads];
    }

    void latency(int thread, long nanos) {
        if (counts[thread] == latencies[thread].length) {
            latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
        }
        latencies[thread][counts[thread]++] = nanos;
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Requests/s, p50/p95/p99/max in ms and the errors by kind; call once the recording threads have ended. */
    String summary(String name, double seconds) {
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < counts.length; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, n) -> byKind.put(kind, n.sum()));
        long errorCount = byKind.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%s: %,d requests, %.1f requests/s, ms p50 %.1f / p95 %.1f / p99 %.1f / max %.1f; errors %d%s",
                name, all.length, all.length / seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errorCount, byKind.isEmpty() ? "" : " " + byKind);
    }

    private static double pct(long[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }
}
