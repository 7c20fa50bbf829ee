package com.emeraldokr.core.service.epic;

import com.emeraldokr.api.view.WorkCompletionView;
import com.emeraldokr.core.domain.WorkCompletion;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Completion of key results from the epics linked to them: one link read and one batched work
 * read for any number of key results.
 */
public final class EpicProgress {

    private final IssueLinks links;
    private final EpicWork work;

    public EpicProgress(IssueLinks links, EpicWork work) {
        this.links = links;
        this.work = work;
    }

    /** Completions of the given key results and the epics behind them. */
    public record Completions(Map<Long, WorkCompletion> byKeyResult, Map<Long, List<Long>> epicsByKeyResult,
                       Map<Long, WorkCompletion> byEpic) {

        static final Completions NONE = new Completions(Map.of(), Map.of(), Map.of());

        /** The key result's completion as a reader sees it: {@code visibleEpics} gives the epics they may see, null for the rest. */
        public WorkCompletionView view(long keyResultIssueId, Function<Long, IssueSummary> visibleEpics) {
            WorkCompletion total = byKeyResult.get(keyResultIssueId);
            if (total == null) {
                return null;
            }
            List<WorkCompletionView.EpicView> epics = new ArrayList<>();
            // the totals are an aggregate; issue keys are named only under epics the reader may see
            Set<String> namedUnestimated = new LinkedHashSet<>();
            for (Long epicId : epicsByKeyResult.getOrDefault(keyResultIssueId, List.of())) {
                IssueSummary epic = visibleEpics.apply(epicId);
                WorkCompletion c = byEpic.get(epicId);
                if (epic != null && c != null) {
                    epics.add(new WorkCompletionView.EpicView(epic.id(), epic.key(), epic.summary(), c.done(), c.total(),
                            c.share().percent(), c.issues()));
                    namedUnestimated.addAll(c.unestimated());
                }
            }
            List<String> unestimated = total.unestimated().stream().filter(namedUnestimated::contains).toList();
            return new WorkCompletionView(total.measure().name(), total.done(), total.total(), total.share().percent(),
                    total.issues(), unestimated, epics);
        }

        public Set<Long> epicIds() {
            Set<Long> ids = new LinkedHashSet<>();
            epicsByKeyResult.values().forEach(ids::addAll);
            return ids;
        }
    }

    public Completions of(Collection<Long> keyResultIssueIds) {
        if (keyResultIssueIds.isEmpty()) {
            return Completions.NONE;
        }
        Map<Long, List<Long>> epicsByKr = links.sourcesOf(keyResultIssueIds, IssueLinks.Kind.CONTRIBUTES);
        Set<Long> epicIds = new LinkedHashSet<>();
        epicsByKr.values().forEach(epicIds::addAll);
        Map<Long, List<WorkItem>> items = epicIds.isEmpty() ? Map.of() : work.workUnder(epicIds);
        EpicWork.Settings settings = work.settings();
        Map<Long, WorkCompletion> byEpic = new HashMap<>();
        items.forEach((epicId, list) -> byEpic.put(epicId, WorkCompletion.of(list, settings.measure(), settings.unestimated())));
        Map<Long, WorkCompletion> byKr = new HashMap<>();
        for (Long krId : epicsByKr.keySet()) {
            List<WorkItem> all = new ArrayList<>();
            for (Long epicId : epicsByKr.get(krId)) {
                all.addAll(items.getOrDefault(epicId, List.of()));
            }
            // an issue under two linked epics cannot happen in Jira, and WorkCompletion counts a key once anyway
            byKr.put(krId, WorkCompletion.of(all, settings.measure(), settings.unestimated()));
        }
        return new Completions(byKr, epicsByKr, byEpic);
    }
}
