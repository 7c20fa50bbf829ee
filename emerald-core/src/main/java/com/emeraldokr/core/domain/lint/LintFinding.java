package com.emeraldokr.core.domain.lint;

import java.util.List;
import java.util.Objects;

/**
 * One lint finding: which rule, how severe, the objective, key result or KPI it concerns (by key),
 * and its one-line explanation as an i18n key with arguments.
 */
public record LintFinding(String ruleId, LintSeverity severity, String subject, String messageKey, List<Object> arguments) {

    public LintFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        messageKey = messageKey == null ? "emerald.lint." + ruleId : messageKey;
        arguments = List.copyOf(arguments);
    }

    static LintFinding of(String ruleId, LintSeverity severity, String subject, Object... arguments) {
        return new LintFinding(ruleId, severity, subject, null, List.of(arguments));
    }
}
