package com.emeraldokr.core.port;

import java.util.List;

/**
 * Makes sure the issue types and link types Emerald needs exist: Objective and Key Result, and the
 * link types Emerald Key Result, Emerald Contributes and Emerald Alignment. Idempotent; safe when
 * several nodes run it at once.
 */
public interface OkrIssueSetup {

    /** What the setup found and what it created, by name. */
    record Report(List<String> created, List<String> found) {
        public Report {
            created = List.copyOf(created);
            found = List.copyOf(found);
        }
    }

    Report install();

    /**
     * Adds Objective and Key Result to the issue types of a project (its issue type scheme), so
     * OKRs can be created there. Runs {@link #install()} first if needed; idempotent.
     *
     * @return what it added and what the project already had, by name
     * @throws java.util.NoSuchElementException when there is no project with that key
     */
    Report enableInProject(String projectKey);
}
