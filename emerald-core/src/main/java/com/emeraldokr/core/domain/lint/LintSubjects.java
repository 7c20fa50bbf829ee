package com.emeraldokr.core.domain.lint;

import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.Progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the lint reads: objectives with their key results, and KPIs. */
public final class LintSubjects {

    private LintSubjects() {
    }

    public record KeyResult(String key, String summary, KeyResultKind kind, BigDecimal start, BigDecimal target,
                            Progress progress) {
        public KeyResult {
            Objects.requireNonNull(key, "key");
            summary = summary == null ? "" : summary;
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(progress, "progress");
        }
    }

    /**
     * {@code team} groups objectives for the per-team limit; null when the objective has no team.
     * {@code progress} is the progress the objective shows (its weighted roll-up), which the lint judges it by.
     */
    public record Objective(String key, String summary, String team, Commitment commitment, List<KeyResult> keyResults,
                            Progress progress) {
        public Objective {
            Objects.requireNonNull(key, "key");
            summary = summary == null ? "" : summary;
            Objects.requireNonNull(commitment, "commitment");
            keyResults = List.copyOf(keyResults);
            Objects.requireNonNull(progress, "progress");
        }

        /** An objective whose key results weigh the same: its progress is their plain mean. */
        public Objective(String key, String summary, String team, Commitment commitment, List<KeyResult> keyResults) {
            this(key, summary, team, commitment, keyResults,
                    Progress.mean(keyResults.stream().map(KeyResult::progress).toList()));
        }
    }

    /** {@code targetDate} is set when the KPI was given a deadline. */
    public record Kpi(String key, String name, LocalDate targetDate) {
        public Kpi {
            Objects.requireNonNull(key, "key");
            name = name == null ? "" : name;
        }
    }
}
