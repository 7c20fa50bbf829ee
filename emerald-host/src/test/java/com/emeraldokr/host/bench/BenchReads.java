package com.emeraldokr.host.bench;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.ao.ActiveObjectsKpiStore;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.ActiveObjectsProposalStore;
import com.emeraldokr.core.ao.ActiveObjectsSettingsStore;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.OkrViews;
import com.emeraldokr.core.service.PageWindow;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.report.OkrReportService;
import com.emeraldokr.host.cluster.NodeCaches;
import com.emeraldokr.host.database.EntityManagerActiveObjects;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.ProjectAccess;
import com.emeraldokr.host.sandbox.SandboxEpicWork;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueLinks;
import com.emeraldokr.host.sandbox.SandboxKpiSourceReader;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard items' reads over a host database, wired as the host wires them, plus the naive per-row read
 * they replace: what the persistence benchmark times and the statement-count test counts.
 */
public final class BenchReads {

    /** The reads run as a Jira administrator who may see every project. */
    private static final Permissions ADMINISTRATOR = new Permissions() {
        @Override
        public boolean isAdministrator() {
            return true;
        }

        @Override
        public boolean administersProject(String projectKey) {
            return true;
        }

        @Override
        public boolean browsesProject(String projectKey) {
            return true;
        }

        @Override
        public boolean createsIssues(String projectKey) {
            return true;
        }
    };

    private final Clock clock = Clock.systemUTC();
    private final ActiveObjectsOkrStore okrStore;
    private final OkrReportService reports;
    private final KpiService kpis;
    private final OkrViews views;

    public BenchReads(HostDatabase database) {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
        BundleMessages messages = new BundleMessages(Locale.ENGLISH);
        CurrentUser user = () -> Optional.of("bench");
        // one node's caches, as the host on its own database has
        NodeCaches caches = NodeCaches.single();
        SandboxIssueDirectory issues = new SandboxIssueDirectory(ao, caches);
        SandboxIssueLinks links = new SandboxIssueLinks(ao);
        SandboxEpicWork work = new SandboxEpicWork(ao, () -> EpicWork.Settings.DEFAULT);
        this.okrStore = new ActiveObjectsOkrStore(ao, clock, caches);
        ActiveObjectsSettingsStore settings = new ActiveObjectsSettingsStore(ao, clock, caches);
        ActiveObjectsKpiStore kpiStore = new ActiveObjectsKpiStore(ao, clock, caches);
        this.reports = new OkrReportService(okrStore, issues, messages, clock, links, work, kpiStore, settings);
        this.kpis = new KpiService(kpiStore, user, messages, clock, ADMINISTRATOR,
                new SandboxKpiSourceReader(ao, Locale.ENGLISH, key -> Optional.of(ProjectAccess.UNRESTRICTED)), settings,
                new ActiveObjectsProposalStore(ao), issues);
        this.views = new OkrViews(okrStore, issues, messages, links, work, settings);
    }

    /** The OKR progress item's read: its first page. */
    public Object okrProgress(long cycleId) {
        return reports.okrProgress(cycleId, null, false, new PageWindow(0, PageWindow.DEFAULT_LIMIT));
    }

    /** The cycle overview item's read. */
    public Object cycleOverview(long cycleId) {
        return reports.cycleOverview(cycleId);
    }

    /** The KPI health item's read: its first page. */
    public Object kpiHealth() {
        return kpis.healthPage(null, null, new PageWindow(0, PageWindow.DEFAULT_LIMIT));
    }

    /** The key-result trend item's read. */
    public Object keyResultTrend(String keyResultKey) {
        return reports.keyResultTrend(keyResultKey);
    }

    /** One KPI's history of {@code periods} periods. */
    public Object kpiHistory(long kpiId, int periods) {
        return kpis.measurements(kpiId, periods);
    }

    /** Every objective of the cycle read one at a time with its key results, as a per-row implementation reads them. */
    public Object naiveOkrProgress(long cycleId) {
        Instant now = clock.instant();
        Cycle cycle = okrStore.findCycle(cycleId).orElseThrow();
        List<ObjectiveRecord> objectives = okrStore.findObjectivesInCycle(cycle.id());
        return objectives.stream().map(o -> views.objectiveById(o.issueId(), "", now)).toList();
    }
}
