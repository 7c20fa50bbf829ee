package com.emeraldokr.host.demo;

import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.NewKeyResult;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.request.NewMeasurement;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.Period;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.service.cycle.CycleService;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.host.sandbox.HostCurrentUser;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory.NewIssue;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a small software company on first start: the current quarter, its objectives and key
 * results with a few check-ins, and the epics and stories the teams work on. Everything goes
 * through the same service and validation as a REST call.
 */
public final class DemoCompanySeeder {

    private final CycleService cycles;
    private final ObjectiveService objectives;
    private final KeyResultService keyResultService;
    private final KpiService kpiService;
    private final SandboxIssueDirectory issues;
    private final Clock clock;
    private final List<IssueSummary> platformEpics = new ArrayList<>();

    public DemoCompanySeeder(CycleService cycles, ObjectiveService objectives, KeyResultService keyResults,
                             KpiService kpiService, SandboxIssueDirectory issues, Clock clock) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.keyResultService = keyResults;
        this.kpiService = kpiService;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * A key result of the demo. {@code pace} is how fast it moves compared with what the elapsed share
     * of the quarter expects (1 = exactly on pace), so the demo shows a mix of statuses on any day.
     */
    private record Kr(Owner owner, String summary, String kind, String start, String target, String unit, String weight,
                      int confidence, double pace, int decimals) {
    }

    private static final int CHECK_INS_PER_KEY_RESULT = 3;

    /** Who owns (is the assignee of) an objective or key result of the demo. */
    private record Owner(String userKey, String displayName) {
    }

    /** The host's own user owns some of the demo's key results, so "my key results" has something to show. */
    private static final Owner ADMIN = new Owner(HostCurrentUser.USER_KEY, "Alex Admin");
    private static final Owner PRIYA = new Owner("priya", "Priya Raman");
    private static final Owner MEI = new Owner("mei", "Mei Chen");
    private static final Owner TOM = new Owner("tom", "Tom Becker");

    /** Seeds unless there already is a cycle; returns whether it did. */
    public boolean seedIfEmpty() {
        if (!cycles.cycles().isEmpty()) {
            return false;
        }
        seedEngineeringWork();
        CycleView quarter = cycles.createCycle(currentQuarter());
        double elapsed = quarter.elapsedPercent() / 100.0;
        objective(quarter, elapsed, PRIYA, "Make every deploy boring", "COMMITTED",
                new Kr(ADMIN, "Cut p95 CI build time from 18 to 8 minutes", "DECREASE_TO", "18", "8", "min", "2", 7, 1.1, 1),
                new Kr(TOM, "Raise deploys to production from 3 to 10 per week", "INCREASE_TO", "3", "10", "deploys/week", "1", 6, 0.95, 0),
                new Kr(ADMIN, "Reduce change failure rate from 15% to 5%", "DECREASE_TO", "15", "5", "%", "1", 5, 0.8, 1),
                new Kr(PRIYA, "Finish the build cache and flaky-test quarantine epics", "ISSUE_COMPLETION", null, null, "", "1", 0, 0, 0));
        objective(quarter, elapsed, MEI, "Win teams that sign up on their own", "ASPIRATIONAL",
                new Kr(MEI, "Grow weekly active teams from 1,200 to 2,000", "INCREASE_TO", "1200", "2000", "teams", "2", 5, 0.7, 0),
                new Kr(ADMIN, "Lift trial-to-paid conversion from 4% to 7%", "INCREASE_TO", "4", "7", "%", "1", 4, 0.45, 1),
                new Kr(TOM, "Raise NPS from 31 to 45", "INCREASE_TO", "31", "45", "NPS", "1", 6, 1.0, 0));
        objective(quarter, elapsed, ADMIN, "Answer customers while it still matters", "COMMITTED",
                new Kr(TOM, "Cut median first response time from 9 h to 2 h", "DECREASE_TO", "9", "2", "h", "1", 8, 1.3, 2),
                new Kr(null, "Close the 40 oldest P1 bugs", "INCREASE_TO", "0", "40", "bugs", "1", 8, 1.2, 0));
        objective(quarter, elapsed, PRIYA, "Spend less cloud money per active team", "ASPIRATIONAL",
                new Kr(PRIYA, "Cut monthly infrastructure cost from 142,000 to 110,000 USD", "DECREASE_TO", "142000", "110000", "USD", "1", 3, 0.3, 2),
                new Kr(MEI, "Raise reserved-capacity coverage from 35% to 70%", "INCREASE_TO", "35", "70", "%", "1", 6, 0.9, 0));
        seedKpis();
        return true;
    }

    /**
     * Six months of history per KPI, ending last month. Support resolution time has been unhealthy
     * for the last two months, so it shows a recovery proposal; NPS is healthy but worse each month, so
     * it shows an early warning.
     */
    private void seedKpis() {
        kpi(new NewKpi("Uptime of the public API", "Share of minutes the API answered within its SLO.", "%",
                "HIGHER_IS_BETTER", new BigDecimal("99.9"), null, null, null, null, null, "MONTHLY", "OPERATIONAL", "LAGGING",
                "PLAT", null, null), "99.95", "99.97", "99.91", "99.6", "99.93", "99.96");
        kpi(new NewKpi("Median support resolution time", "Hours from a ticket's creation to its resolution.", "h",
                "LOWER_IS_BETTER", new BigDecimal("6"), null, null, null, null, null, "MONTHLY", "CUSTOMER", "LAGGING",
                null, null, null), "5.5", "5.9", "6.4", "7.2", "9.1", "10.5");
        kpi(new NewKpi("Monthly recurring revenue", "Subscription revenue booked for the month.", "USD",
                "HIGHER_IS_BETTER", new BigDecimal("500000"), null, null, null, null, null, "MONTHLY", "FINANCIAL", "LAGGING",
                null, null, null), "431000", "442500", "455800", "463200", "471900", "480250.75");
        kpi(new NewKpi("Sprint carry-over", "Share of committed story points carried into the next sprint.", "%",
                "WITHIN_RANGE", null, new BigDecimal("5"), new BigDecimal("15"), null, null, null, "MONTHLY", "OPERATIONAL",
                "LEADING", "PLAT", null, null), "22", "19", "16", "14", "12", "11");
        // a target of zero, judged by an absolute band: one incident is a warning, two are unhealthy
        kpi(new NewKpi("Sev-1 incidents", "Incidents of the highest severity in the month.", "incidents",
                "LOWER_IS_BETTER", BigDecimal.ZERO, null, null, "ABSOLUTE", BigDecimal.ONE, null, "MONTHLY", "OPERATIONAL",
                "LAGGING", "PLAT", null, null), "1", "0", "0", "2", "0", "0");
        // still above target, but lower each month: the early warning
        kpi(new NewKpi("Customer NPS", "Net promoter score from the monthly survey, -100 to 100.", "",
                "HIGHER_IS_BETTER", new BigDecimal("30"), null, null, "ABSOLUTE", new BigDecimal("5"), 3, "MONTHLY",
                "CUSTOMER", "LEADING", null, null, null), "51", "53", "49", "44", "38", "33");
        // collected from the platform team's issues rather than typed in
        long unfinished = kpiService.create(new NewKpi("Unfinished platform stories",
                "Stories of the platform team that are not done, counted from Jira every few hours.", "stories",
                "LOWER_IS_BETTER", new BigDecimal("2"), null, null, null, null, null, "WEEKLY", "OPERATIONAL", "LEADING",
                "PLAT", null, null, new NewKpi.Source("project = PLAT AND issuetype = Story AND statusCategory != done",
                "COUNT", null))).id();
        kpiService.collect(unfinished);
    }

    private void kpi(NewKpi definition, String... lastSixMonths) {
        long id = kpiService.create(definition).id();
        Period period = Cadence.MONTHLY.periodOf(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        for (int i = 0; i < lastSixMonths.length; i++) {
            period = period.previous();
        }
        for (String value : lastSixMonths) {
            kpiService.record(id, period.key(), new NewMeasurement(new BigDecimal(value), ""));
            period = period.next();
        }
    }

    private NewCycle currentQuarter() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int quarter = today.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return new NewCycle(today.getYear() + " Q" + quarter, start.toString(), end.toString(), "UTC", "ACTIVE");
    }

    private void objective(CycleView cycle, double elapsed, Owner owner, String summary, String commitment, Kr... keyResults) {
        IssueSummary objective = issue("OKR", "Objective", summary, "indeterminate");
        assign(objective, owner);
        List<NewKeyResult> krs = new ArrayList<>();
        List<IssueSummary> krIssues = new ArrayList<>();
        for (Kr kr : keyResults) {
            IssueSummary issue = issue("OKR", "Key Result", kr.summary(), "indeterminate");
            assign(issue, kr.owner());
            krIssues.add(issue);
            krs.add(new NewKeyResult(issue.key(), kr.kind(), kr.start() == null ? null : new BigDecimal(kr.start()),
                    kr.target() == null ? null : new BigDecimal(kr.target()), kr.unit(), new BigDecimal(kr.weight())));
        }
        objectives.createObjective(new NewObjective(objective.key(), cycle.id(), commitment, krs));
        for (int i = 0; i < keyResults.length; i++) {
            if (keyResults[i].kind().equals("ISSUE_COMPLETION")) {
                // its progress comes from the platform team's epics, not from check-ins
                for (IssueSummary epic : platformEpics) {
                    keyResultService.linkEpic(krIssues.get(i).key(), new LinkRequest(epic.key()));
                }
            }
        }
        double expectation = Commitment.valueOf(commitment).expectation().doubleValue();
        Instant start = LocalDate.parse(cycle.start()).atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration sinceStart = Duration.between(start, clock.instant());
        for (int i = 0; i < keyResults.length; i++) {
            Kr kr = keyResults[i];
            if (kr.start() == null) {
                continue;
            }
            for (int n = 1; n <= CHECK_INS_PER_KEY_RESULT; n++) {
                double share = Math.min(1.0, expectation * elapsed * kr.pace() * n / CHECK_INS_PER_KEY_RESULT);
                // spread over the elapsed part of the quarter, the last one a day ago, so forecasts have a slope
                Instant at = start.plus(sinceStart.multipliedBy(n).dividedBy(CHECK_INS_PER_KEY_RESULT)).minus(Duration.ofDays(1));
                keyResultService.recordCheckIn(krIssues.get(i).key(), new NewCheckIn(valueAt(kr, share), kr.confidence(), "",
                        (at.isAfter(start) ? at : start.plusSeconds(n)).toString()));
            }
        }
    }

    /** The metric value {@code share} of the way from start to target, rounded as the unit is usually written. */
    private static BigDecimal valueAt(Kr kr, double share) {
        BigDecimal start = new BigDecimal(kr.start());
        BigDecimal distance = new BigDecimal(kr.target()).subtract(start);
        return start.add(distance.multiply(BigDecimal.valueOf(share))).setScale(kr.decimals(), RoundingMode.HALF_UP);
    }

    private void seedEngineeringWork() {
        IssueSummary cache = issue("PLAT", "Epic", "Remote build cache for all services", "indeterminate");
        story("PLAT", cache, "Cache Gradle outputs in the shared bucket", "done", 5);
        story("PLAT", cache, "Warm the cache from main every night", "done", 3);
        story("PLAT", cache, "Cache hit-rate dashboard", "indeterminate", 3);
        story("PLAT", cache, "Roll the cache out to the mobile builds", "new", 8);
        IssueSummary flaky = issue("PLAT", "Epic", "Quarantine flaky tests automatically", "indeterminate");
        platformEpics.add(cache);
        platformEpics.add(flaky);
        story("PLAT", flaky, "Detect tests that fail and pass on one commit", "done", 5);
        story("PLAT", flaky, "Quarantine list with owner notification", "new", 5);
        story("PLAT", flaky, "Unestimated spike: retry budget per suite", "new", null);
        IssueSummary onboarding = issue("GROW", "Epic", "Guided onboarding checklist", "indeterminate");
        story("GROW", onboarding, "Checklist model and API", "done", 3);
        story("GROW", onboarding, "Checklist panel in the first-run view", "indeterminate", 5);
        story("GROW", onboarding, "Celebrate the first integration", "new", 2);
    }

    private void assign(IssueSummary issue, Owner owner) {
        if (owner != null) {
            issues.assign(issue.key(), owner.userKey(), owner.displayName());
        }
    }

    private void story(String project, IssueSummary epic, String summary, String statusCategory, Integer points) {
        issues.create(new NewIssue(project, "Story", summary, statusCategory, points, epic.key()));
    }

    private IssueSummary issue(String project, String type, String summary, String statusCategory) {
        return issues.create(new NewIssue(project, type, summary, statusCategory, null, null));
    }
}
