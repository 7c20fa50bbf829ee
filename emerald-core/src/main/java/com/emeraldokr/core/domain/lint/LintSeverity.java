package com.emeraldokr.core.domain.lint;

/** How much a finding matters to a manager. */
public enum LintSeverity {
    INFO, WARNING, ERROR
}
