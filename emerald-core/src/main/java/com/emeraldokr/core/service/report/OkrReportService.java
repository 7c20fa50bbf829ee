package com.emeraldokr.core.service.report;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.AlignmentTreeView;
import com.emeraldokr.api.view.CycleOverviewView;
import com.emeraldokr.api.view.KeyResultTrendView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import com.emeraldokr.api.view.OkrProgressView;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.Forecaster;
import com.emeraldokr.core.domain.NetConfidenceScore;
import com.emeraldokr.core.domain.OkrStatus;
import com.emeraldokr.core.domain.Progress;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.SettingsStore;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.PageWindow;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The reads behind the dashboard items and macros: OKR progress, the planning table, the cycle
 * overview and one key result's trend. Each is one purpose-built read.
 */
@Named
public class OkrReportService {

    /** The lint findings the cycle overview lists unless asked for others; it counts them all. */
    public static final int OVERVIEW_FINDINGS = 10;

    private final Messages messages;
    private final Clock clock;
    private final OkrViews views;
    private final PlanLint planLint;
    private final KpiStore kpis;

    @Inject
    public OkrReportService(OkrStore store, IssueDirectory issues, Messages messages, Clock clock, IssueLinks links,
                            EpicWork work, KpiStore kpis, SettingsStore settings) {
        this.messages = messages;
        this.clock = clock;
        this.kpis = kpis;
        this.views = new OkrViews(store, issues, messages, links, work, settings);
        this.planLint = new PlanLint(messages);
    }

    /** The OKR progress gadget's data: the given cycle, or the current one when {@code cycleId} is null. */
    public OkrProgressView okrProgress(Long cycleId) {
        return okrProgress(cycleId, null);
    }

    /** The OKR progress gadget's data, optionally for one project only (the issue-key prefix). */
    public OkrProgressView okrProgress(Long cycleId, String projectKey) {
        return okrProgress(cycleId, projectKey, false);
    }

    /** The OKR progress gadget's data, with archived objectives when {@code includeArchived}, up to the largest page. */
    public OkrProgressView okrProgress(Long cycleId, String projectKey, boolean includeArchived) {
        return okrProgress(cycleId, projectKey, includeArchived, PageWindow.FIRST_MAX);
    }

    /**
     * One page of the OKR progress gadget's objectives, worst first (status, then progress, then key), with how
     * many there are in all.
     */
    public OkrProgressView okrProgress(Long cycleId, String projectKey, boolean includeArchived, PageWindow window) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = views.cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new OkrProgressView(null, List.of(), 0, window.start());
        }
        String prefix = projectPrefix(projectKey);
        OkrViews.ObjectivePage page = views.objectivePage(cycle.get(), now, includeArchived,
                issue -> prefix == null || issue.key().startsWith(prefix),
                Comparator.comparing((ObjectiveView o) -> OkrStatus.valueOf(o.status()))
                        .thenComparing(ObjectiveView::progress)
                        .thenComparing(ObjectiveView::issueKey),
                window.start(), window.limit());
        return new OkrProgressView(OkrViews.cycleView(cycle.get(), now), page.objectives(), page.total(), window.start());
    }

    /**
     * A project's objectives of a cycle as a planning table, in issue-key order, with the OKR lint's
     * findings when asked. The project is the issue-key prefix, as in Jira.
     */
    public OkrPlanView okrPlan(String projectKey, Long cycleId, boolean withLint) {
        return okrPlan(projectKey, cycleId, withLint, false);
    }

    /** The planning table, with archived objectives when {@code includeArchived}. */
    public OkrPlanView okrPlan(String projectKey, Long cycleId, boolean withLint, boolean includeArchived) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = views.cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new OkrPlanView(null, List.of(), List.of());
        }
        String prefix = projectPrefix(projectKey);
        List<ObjectiveView> objectives = views.objectivesOf(cycle.get(), now, includeArchived).stream()
                .filter(o -> prefix == null || o.issueKey().startsWith(prefix))
                .sorted(Comparator.comparing((ObjectiveView o) -> o.issueKey().length()).thenComparing(ObjectiveView::issueKey))
                .toList();
        List<OkrPlanView.Finding> findings = withLint
                ? planLint.findings(objectives, kpis.list(projectKey == null || projectKey.isBlank() ? null
                        : projectKey.strip().toUpperCase(Locale.ROOT), false), cycle.get().elapsedShare(now)) : List.of();
        return new OkrPlanView(OkrViews.cycleView(cycle.get(), now), objectives, findings);
    }

    /**
     * The cycle overview gadget's data: objectives by status, average score, net confidence, objectives
     * per team (project), the lint findings worth a manager's attention and the days left.
     */
    public CycleOverviewView cycleOverview(Long cycleId) {
        return cycleOverview(cycleId, false);
    }

    /** The cycle overview, counting archived objectives too when {@code includeArchived}. */
    public CycleOverviewView cycleOverview(Long cycleId, boolean includeArchived) {
        return cycleOverview(cycleId, includeArchived, new PageWindow(0, OVERVIEW_FINDINGS));
    }

    /** The cycle overview with the findings {@code findings} covers, and how many there are in all. */
    public CycleOverviewView cycleOverview(Long cycleId, boolean includeArchived, PageWindow findingsWindow) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = views.cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new CycleOverviewView(null, Map.of(), null, null, Map.of(), List.of(), 0);
        }
        List<ObjectiveView> objectives = views.objectivesOf(cycle.get(), now, includeArchived);
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byTeam = new TreeMap<>();
        for (ObjectiveView o : objectives) {
            byStatus.merge(o.status(), 1, Integer::sum);
            byTeam.merge(PlanLint.projectOf(o.issueKey()), 1, Integer::sum);
        }
        BigDecimal average = objectives.isEmpty() ? null : Progress.mean(objectives.stream()
                .map(o -> new Progress(o.score())).toList()).value();
        OptionalInt ncs = NetConfidenceScore.of(objectives.stream()
                .flatMap(o -> o.keyResults().stream()).map(k -> OkrStatus.valueOf(k.status())).toList());
        List<OkrPlanView.Finding> findings = planLint.findings(objectives, kpis.list(null, false), cycle.get().elapsedShare(now))
                .stream()
                .filter(f -> !"INFO".equals(f.severity())).toList();
        return new CycleOverviewView(OkrViews.cycleView(cycle.get(), now), byStatus, average,
                ncs.isPresent() ? ncs.getAsInt() : null, byTeam,
                List.copyOf(findingsWindow.of(findings)), cycle.get().daysLeft(now),
                findings.size());
    }

    /**
     * The cycle's alignment tree in one read: every objective the user may see, nested under the one it
     * aligns to when that one is in the same cycle and visible, otherwise a root; in issue-key order.
     */
    public AlignmentTreeView alignmentTree(Long cycleId, boolean includeArchived) {
        Instant now = clock.instant();
        Optional<Cycle> cycle = views.cycleOrCurrent(cycleId, now);
        if (cycle.isEmpty()) {
            return new AlignmentTreeView(null, views.settings().alignmentRollup(), List.of());
        }
        List<ObjectiveView> objectives = views.objectivesOf(cycle.get(), now, includeArchived).stream()
                .sorted(Comparator.comparing((ObjectiveView o) -> o.issueKey().length()).thenComparing(ObjectiveView::issueKey))
                .toList();
        Map<String, List<ObjectiveView>> byParent = new HashMap<>();
        Set<String> keys = new HashSet<>();
        objectives.forEach(o -> keys.add(o.issueKey()));
        List<ObjectiveView> roots = new ArrayList<>();
        for (ObjectiveView o : objectives) {
            if (o.parentKey() != null && keys.contains(o.parentKey())) {
                byParent.computeIfAbsent(o.parentKey(), p -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        // writes refuse loops; a loop made outside Emerald has no root and is shown from its first objective
        Set<String> placed = new HashSet<>();
        List<AlignmentTreeView.Node> nodes = new ArrayList<>();
        for (ObjectiveView root : roots) {
            nodes.add(node(root, byParent, placed));
        }
        for (ObjectiveView o : objectives) {
            if (!placed.contains(o.issueKey())) {
                nodes.add(node(o, byParent, placed));
            }
        }
        return new AlignmentTreeView(OkrViews.cycleView(cycle.get(), now), views.settings().alignmentRollup(), nodes);
    }

    private static AlignmentTreeView.Node node(ObjectiveView o, Map<String, List<ObjectiveView>> byParent, Set<String> placed) {
        placed.add(o.issueKey());
        List<AlignmentTreeView.Node> children = new ArrayList<>();
        for (ObjectiveView child : byParent.getOrDefault(o.issueKey(), List.of())) {
            if (!placed.contains(child.issueKey())) {
                children.add(node(child, byParent, placed));
            }
        }
        return new AlignmentTreeView.Node(o, children);
    }

    /** The key-result trend gadget's data: check-ins against the expected-progress line, and the forecast. */
    public KeyResultTrendView keyResultTrend(String keyResultIssueKey) {
        Instant now = clock.instant();
        OkrViews.KeyResultInContext found = views.keyResultInContext("issueKey", keyResultIssueKey, now);
        KeyResultRecord kr = found.record();
        Cycle cycle = found.cycle();
        ObjectiveRecord objective = found.objective();
        List<CheckIn> history = found.history();
        List<KeyResultTrendView.Point> points = history.stream()
                .map(c -> new KeyResultTrendView.Point(c.at().toString(), kr.target().progressAt(c.value()).value(), c.value()))
                .toList();
        KeyResultTrendView.Forecast forecast = Forecaster
                .forecast(kr.target(), objective.commitment(), cycle, history)
                .map(f -> new KeyResultTrendView.Forecast(cycle.endsAt().toString(), f.projectedProgress().value(),
                        f.projectedValue(), f.trendingOffTrack()))
                .orElse(null);
        return new KeyResultTrendView(OkrViews.cycleView(cycle, now), found.objectiveIssue().key(),
                found.objectiveIssue().issue().summary(), found.view(), cycle.startsAt().toString(), cycle.endsAt().toString(),
                objective.commitment().expectation(), points, forecast);
    }

    private static String projectPrefix(String projectKey) {
        return projectKey == null || projectKey.isBlank() ? null : projectKey.strip().toUpperCase(Locale.ROOT) + "-";
    }
}
