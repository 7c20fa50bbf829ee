package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The work under the sandbox's epics: the stories whose epic key names it (not the epic), done when
 * their status category is {@code done}. Two statements however many epics, as the Jira adapter runs
 * one search per batch.
 */
public final class SandboxEpicWork implements EpicWork {

    private final ActiveObjects ao;
    private final Supplier<Settings> settings;

    public SandboxEpicWork(ActiveObjects ao, Supplier<Settings> settings) {
        this.ao = ao;
        this.settings = settings;
    }

    @Override
    public Settings settings() {
        return settings.get();
    }

    @Override
    public Map<Long, List<WorkItem>> workUnder(Collection<Long> epicIssueIds) {
        List<Integer> ids = epicIssueIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().toList();
        Map<Long, List<WorkItem>> work = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return work;
        }
        Map<String, Long> epicIdByKey = new LinkedHashMap<>();
        String idCriteria = SandboxIdList.in("ID", ids) + " AND ISSUE_TYPE = 'Epic'";
        for (SandboxIssueEntity epic : ao.find(SandboxIssueEntity.class, Query.select().where(idCriteria))) {
            epicIdByKey.put(epic.getIssueKey(), (long) epic.getID());
            work.computeIfAbsent((long) epic.getID(), k -> new ArrayList<>());
        }
        if (epicIdByKey.isEmpty()) {
            return work;
        }
        String childCriteria = "EPIC_KEY IN (" + placeholders(epicIdByKey.size()) + ")";
        for (SandboxIssueEntity child : ao.find(SandboxIssueEntity.class,
                Query.select().where(childCriteria, epicIdByKey.keySet().toArray()).order("ID"))) {
            work.get(epicIdByKey.get(child.getEpicKey())).add(item(child));
        }
        return work;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static WorkItem item(SandboxIssueEntity e) {
        return new WorkItem(e.getIssueKey(), "done".equals(e.getStatusCategory()),
                e.getStoryPoints() == null ? null : BigDecimal.valueOf(e.getStoryPoints()));
    }
}
