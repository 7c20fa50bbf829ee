package com.atlassian.scheduler.status;

// Checked against: atlassian-scheduler-api 4.1.0 as shipped with Confluence 9.1.1 (CFR decompilation in
// ngannk-fptu/Decompiled-Files).
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
