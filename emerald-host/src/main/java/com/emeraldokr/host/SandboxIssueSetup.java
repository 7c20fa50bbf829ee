package com.emeraldokr.host;

import com.emeraldokr.core.port.OkrIssueSetup;

import java.util.List;

/** The sandbox knows Emerald's issue and link types from the start; there is nothing to create. */
final class SandboxIssueSetup implements OkrIssueSetup {

    @Override
    public Report install() {
        return new Report(List.of(), List.of("Objective", "Key Result", "Emerald Key Result", "Emerald Contributes",
                "Emerald Alignment"));
    }
}
