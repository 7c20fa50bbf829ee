package com.emeraldokr.host.sandbox;

import com.emeraldokr.core.port.OkrIssueSetup;

import java.util.List;
import java.util.NoSuchElementException;

/** The sandbox knows Emerald's issue and link types from the start; there is nothing to create. */
public final class SandboxIssueSetup implements OkrIssueSetup {

    private final SandboxIssueDirectory issues;

    public SandboxIssueSetup(SandboxIssueDirectory issues) {
        this.issues = issues;
    }

    @Override
    public Report install() {
        return new Report(List.of(), List.of("Objective", "Key Result", "Emerald Key Result", "Emerald Contributes",
                "Emerald Alignment"));
    }

    /** Every sandbox project takes every issue type; a project exists once it has an issue. */
    @Override
    public Report enableInProject(String projectKey) {
        if (!issues.projectExists(projectKey)) {
            throw new NoSuchElementException(projectKey);
        }
        return new Report(List.of(), List.of("Objective", "Key Result"));
    }
}
