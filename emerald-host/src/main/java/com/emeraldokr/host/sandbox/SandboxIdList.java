package com.emeraldokr.host.sandbox;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * An {@code IN} criterion over numeric ids for the sandbox's reads. The sandbox stands in for Jira, whose
 * search resolves many issues in one request; it does the same with one statement, whatever the number
 * of ids. The ids are numbers, written into the statement as literals, so no driver's limit on bind
 * parameters applies and nothing a user typed reaches the SQL.
 */
final class SandboxIdList {

    private SandboxIdList() {
    }

    /** {@code COLUMN IN (1,2,3)} for the distinct ids; callers skip the read when there are none. */
    static String in(String column, Collection<? extends Number> ids) {
        return column + " IN (" + ids.stream().map(id -> Long.toString(id.longValue())).distinct()
                .collect(Collectors.joining(",")) + ")";
    }
}
