package com.emeraldokr.bench;

import com.emeraldokr.core.domain.Assessment;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResult;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.ObjectiveAssessment;
import com.emeraldokr.core.domain.OkrAssessor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Times the engine outside the test suite: scoring 100,000 key results and rolling up 20,000
 * objectives of 5 key results each, over warm-up and measured rounds. Prints time per item
 * (median and p95 over rounds) so later changes can be compared on the same machine.
 *
 * <pre>mvn -B -q -pl emerald-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.emeraldokr.bench.EngineBenchmark</pre>
 */
public final class EngineBenchmark {

    private static final int KEY_RESULTS = 100_000;
    private static final int OBJECTIVES = 20_000;
    private static final int KEY_RESULTS_PER_OBJECTIVE = 5;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 15;

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        Cycle cycle = new Cycle(1, "2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZoneOffset.UTC, CycleState.ACTIVE);
        Instant now = Instant.parse("2026-11-15T12:00:00Z");
        OkrAssessor assessor = OkrAssessor.withDefaults();
        Random random = new Random(42);
        List<KeyResult> keyResults = new ArrayList<>(KEY_RESULTS);
        for (int i = 0; i < KEY_RESULTS; i++) {
            keyResults.add(randomKeyResult(i, random, now));
        }
        List<List<KeyResult>> objectives = new ArrayList<>(OBJECTIVES);
        for (int i = 0; i < OBJECTIVES; i++) {
            objectives.add(keyResults.subList(i * KEY_RESULTS_PER_OBJECTIVE, (i + 1) * KEY_RESULTS_PER_OBJECTIVE));
        }

        double[] scoreNanos = new double[MEASURED_ROUNDS];
        double[] rollUpNanos = new double[MEASURED_ROUNDS];
        long sink = 0;
        for (int round = -WARM_UP_ROUNDS; round < MEASURED_ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (KeyResult kr : keyResults) {
                Assessment a = assessor.assessKeyResult(kr, Commitment.COMMITTED, cycle, now);
                sink += a.status().ordinal();
            }
            long t1 = System.nanoTime();
            for (List<KeyResult> objective : objectives) {
                ObjectiveAssessment a = assessor.assessObjective(objective, Commitment.ASPIRATIONAL, cycle, now);
                sink += a.overall().status().ordinal();
            }
            long t2 = System.nanoTime();
            if (round >= 0) {
                scoreNanos[round] = (double) (t1 - t0) / KEY_RESULTS;
                rollUpNanos[round] = (double) (t2 - t1) / OBJECTIVES;
            }
        }
        System.out.printf("java %s, %d cores, %d warm-up + %d measured rounds (checksum %d)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARM_UP_ROUNDS,
                MEASURED_ROUNDS, sink);
        report("score one key result (of " + KEY_RESULTS + ")", scoreNanos);
        report("roll up one objective of " + KEY_RESULTS_PER_OBJECTIVE + " key results (of " + OBJECTIVES + ")", rollUpNanos);
    }

    private static KeyResult randomKeyResult(int id, Random random, Instant now) {
        KeyResultKind[] kinds = {KeyResultKind.INCREASE_TO, KeyResultKind.DECREASE_TO, KeyResultKind.STAY_ABOVE,
                KeyResultKind.STAY_BELOW, KeyResultKind.STAY_WITHIN, KeyResultKind.MILESTONE};
        KeyResultKind kind = kinds[random.nextInt(kinds.length)];
        BigDecimal a = BigDecimal.valueOf(random.nextInt(100_000), 2);
        BigDecimal b = BigDecimal.valueOf(random.nextInt(100_000), 2);
        KeyResultTarget target = switch (kind) {
            case INCREASE_TO -> new KeyResultTarget(kind, a.min(b), a.max(b), "%");
            case DECREASE_TO -> new KeyResultTarget(kind, a.max(b), a.min(b), "ms");
            case STAY_WITHIN -> new KeyResultTarget(kind, a, a.min(b), a.max(b), "ms");
            case MILESTONE -> new KeyResultTarget(kind, BigDecimal.ZERO, BigDecimal.ONE, "");
            default -> new KeyResultTarget(kind, a, b, "USD");
        };
        BigDecimal value = BigDecimal.valueOf(random.nextInt(100_000), 2);
        Instant at = now.minusSeconds(random.nextInt(14 * 24 * 3600));
        return new KeyResult(id, target, BigDecimal.valueOf(1 + random.nextInt(3)),
                Optional.of(new CheckIn(at, value, random.nextInt(11), "", null)));
    }

    private static void report(String what, double[] nanosPerItem) {
        double[] sorted = nanosPerItem.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        System.out.printf("%-60s median %8.0f ns/item, p95 %8.0f ns/item, %,10.0f items/s%n", what, median, p95, 1e9 / median);
    }
}
