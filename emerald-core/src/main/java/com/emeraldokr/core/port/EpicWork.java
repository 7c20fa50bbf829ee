package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.domain.WorkItem;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The work under epics: each epic's child issues (Jira Software's Epic-Story link), with done-ness by
 * status category and story points. The epic issue itself is a container, not work: it never counts. Progress is an aggregate, so it is
 * gathered regardless of who is asking; which epics a user sees listed is filtered elsewhere.
 */
public interface EpicWork {

    /** How done-ness is measured and what unestimated issues count as. */
    record Settings(WorkCompletion.Measure measure, WorkCompletion.UnestimatedPolicy unestimated) {
        public static final Settings DEFAULT = new Settings(WorkCompletion.Measure.ISSUE_COUNT,
                WorkCompletion.UnestimatedPolicy.EXCLUDE);
    }

    Settings settings();

    /**
     * The work items of each epic (its child issues, never the epic itself; none for an epic without
     * children), keyed by epic id; an issue linked by hand that is not an epic is its own single work
     * item; an issue that no longer exists is absent. A bounded number of searches however many epics are asked for.
     */
    Map<Long, List<WorkItem>> workUnder(Collection<Long> epicIssueIds);
}
