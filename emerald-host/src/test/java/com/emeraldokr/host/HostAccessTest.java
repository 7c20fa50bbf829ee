package com.emeraldokr.host;

import com.emeraldokr.core.rest.RestResources;
import com.emeraldokr.host.sandbox.ProjectPermission;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.ws.rs.HttpMethod;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, end to end over HTTP against the seeded host, for every REST resource method
 * (enumerated from {@link RestResources}: a method without a case here fails) and every page: the
 * anonymous are refused, a change without Jira's XSRF header is refused, a user never sees what is
 * in a project they may not browse, edits need Edit Issues, administrators' actions need a Jira
 * administrator, and a refused request writes nothing (the full export is the same before and after).
 *
 * <p>Demo users: admin (Jira administrator), priya (administers OKR), tom (member of PLAT), nora (no
 * project); the test adds vera, who may browse OKR and PLAT but edit nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostAccessTest extends SeededHostTest {

    /** A request to one resource method, and what kind of action it is. */
    record Call(String method, String path, String body, Kind kind) {
        boolean mutating() {
            return !method.equals("GET");
        }
    }

    enum Kind { READ, EDIT, CREATE_ISSUES, ADMIN, KPI_ADMIN, KPI_PROJECT }

    private static final Pattern ISSUE_KEY = Pattern.compile("\\b(OKR|PLAT|GROW)-\\d+\\b");
    private static final List<String> PAGES = List.of("/", "/okrs", "/okrs?project=OKR", "/browse/OKR-1", "/browse/OKR-2",
            "/browse/PLAT-1", "/confluence/", "/api-docs/", "/settings");
    /** What a page itself names: the sample Confluence page's okr-objective macro shows OKR-1, or says it cannot. */
    private static final Map<String, String> PAGE_PARAMETERS = Map.of("/confluence/", "OKR-1");
    private static final Map<String, Set<String>> HIDDEN_PROJECTS = Map.of(
            "nora", Set.of("OKR", "PLAT", "GROW"), "tom", Set.of("OKR", "GROW"), "priya", Set.of("PLAT", "GROW"),
            "vera", Set.of("GROW"));

    private Map<String, Call> calls;
    /** Text that belongs to each project: its issues' summaries and its KPIs' names. */
    private final Map<String, Set<String>> projectText = new LinkedHashMap<>();

    @BeforeAll
    void usersAndCalls() {
        host.users().create("vera", "Vera Viewer", "vera", false);
        host.users().grant("vera", "OKR", ProjectPermission.BROWSE_PROJECTS);
        host.users().grant("vera", "PLAT", ProjectPermission.BROWSE_PROJECTS);
        for (String project : List.of("OKR", "PLAT", "GROW")) {
            Set<String> text = new LinkedHashSet<>();
            host.issues().issuesOfProject(project).forEach(i -> text.add(i.summary()));
            projectText.put(project, text);
        }
        long cycle = http.get(API + "/cycles").body().get(0).get("id").asLong();
        long planning = http.post(API + "/cycles", """
                {"name":"Access review","start":"2027-01-01","end":"2027-03-31","timeZone":"UTC","state":"PLANNING"}""")
                .body().get("id").asLong();
        Map<String, JsonNode> kpis = new LinkedHashMap<>();
        for (JsonNode k : http.get(API + "/kpis").body()) {
            kpis.put(k.get("name").asText(), k);
            if (k.hasNonNull("projectKey")) {
                projectText.get(k.get("projectKey").asText()).add(k.get("name").asText());
            }
        }
        JsonNode company = kpis.get("Median support resolution time");
        assertThat(company.hasNonNull("projectKey")).as("a company-wide KPI").isFalse();
        long companyKpi = company.get("id").asLong();
        long jqlKpi = kpis.get("Unfinished platform stories").get("id").asLong();
        String freeObjective = host.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Objective",
                "Unregistered objective of the access test", "new", null, null)).key();
        String freeKr = host.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Key Result",
                "Unregistered key result of the access test", "new", null, null)).key();
        int krVersion = http.get(API + "/key-results/OKR-2").body().get("version").asInt();
        String kpiBody = """
                {"name":"Median support resolution time","description":"Hours to resolve.","unit":"h",
                 "direction":"LOWER_IS_BETTER","target":5,"cadence":"MONTHLY","category":"CUSTOMER","timing":"LAGGING",
                 "version":%d}""".formatted(company.get("version").asInt());
        String backup = http.get(API + "/backup").text();

        calls = new LinkedHashMap<>();
        calls.put("CycleResource.list", new Call("GET", API + "/cycles", null, Kind.READ));
        calls.put("CycleResource.get", new Call("GET", API + "/cycles/" + cycle, null, Kind.READ));
        calls.put("CycleResource.create", new Call("POST", API + "/cycles", """
                {"name":"Another","start":"2027-04-01","end":"2027-06-30","timeZone":"UTC","state":"PLANNING"}""", Kind.ADMIN));
        calls.put("CycleResource.update", new Call("PUT", API + "/cycles/" + planning, "{\"name\":\"Renamed review\"}", Kind.ADMIN));
        calls.put("CycleResource.activate", new Call("POST", API + "/cycles/" + planning + "/activate", null, Kind.ADMIN));
        calls.put("CycleResource.nextQuarter", new Call("GET", API + "/cycles/next-quarter", null, Kind.ADMIN));
        calls.put("CycleResource.close", new Call("POST", API + "/cycles/" + planning + "/close", "{}", Kind.ADMIN));
        calls.put("CycleResource.delete", new Call("DELETE", API + "/cycles/" + planning, null, Kind.ADMIN));
        calls.put("ObjectiveResource.get", new Call("GET", API + "/objectives/OKR-1", null, Kind.READ));
        calls.put("ObjectiveResource.alignment", new Call("GET", API + "/objectives/OKR-6/alignment", null, Kind.READ));
        calls.put("ObjectiveResource.createWithIssues", new Call("POST", API + "/objectives/new", """
                {"projectKey":"OKR","cycleId":%d,"commitment":"COMMITTED","summary":"Created by the access test",
                 "keyResults":[{"summary":"Count access tests","kind":"INCREASE_TO","start":0,"target":10,"unit":"tests"}]}"""
                .formatted(cycle), Kind.CREATE_ISSUES));
        calls.put("ObjectiveResource.create", new Call("POST", API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED",
                 "keyResults":[{"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":10,"unit":"tests"}]}"""
                .formatted(freeObjective, cycle, freeKr), Kind.EDIT));
        calls.put("ObjectiveResource.rename", new Call("PUT", API + "/objectives/OKR-1/summary", "{\"summary\":\"Renamed objective\"}", Kind.EDIT));
        calls.put("ObjectiveResource.align", new Call("PUT", API + "/objectives/OKR-6/alignment", "{\"issueKey\":\"OKR-1\"}", Kind.EDIT));
        calls.put("ObjectiveResource.removeAlignment", new Call("DELETE", API + "/objectives/OKR-6/alignment", null, Kind.EDIT));
        calls.put("ObjectiveResource.archive", new Call("POST", API + "/objectives/OKR-10/archive", null, Kind.EDIT));
        calls.put("ObjectiveResource.restoreArchived", new Call("POST", API + "/objectives/OKR-10/restore-archived", null, Kind.EDIT));
        calls.put("ObjectiveResource.delete", new Call("DELETE", API + "/objectives/OKR-13", null, Kind.EDIT));
        calls.put("KeyResultResource.get", new Call("GET", API + "/key-results/OKR-5", null, Kind.READ));
        calls.put("KeyResultResource.mine", new Call("GET", API + "/key-results/mine", null, Kind.READ));
        calls.put("KeyResultResource.rename", new Call("PUT", API + "/key-results/OKR-2/summary", "{\"summary\":\"Renamed key result\"}", Kind.EDIT));
        calls.put("KeyResultResource.update", new Call("PUT", API + "/key-results/OKR-2", "{\"target\":7,\"version\":" + krVersion + "}", Kind.EDIT));
        calls.put("KeyResultResource.checkIn", new Call("POST", API + "/key-results/OKR-2/check-ins",
                "{\"value\":12,\"confidence\":7,\"note\":\"access test\"}", Kind.EDIT));
        calls.put("KeyResultResource.linkEpic", new Call("POST", API + "/key-results/OKR-3/epics", "{\"issueKey\":\"PLAT-1\"}", Kind.EDIT));
        calls.put("KeyResultResource.unlinkEpic", new Call("DELETE", API + "/key-results/OKR-5/epics/PLAT-6", null, Kind.EDIT));
        calls.put("GadgetResource.okrProgress", new Call("GET", API + "/gadgets/okr-progress?includeArchived=true", null, Kind.READ));
        calls.put("GadgetResource.kpiHealth", new Call("GET", API + "/gadgets/kpi-health", null, Kind.READ));
        calls.put("GadgetResource.cycleOverview", new Call("GET", API + "/gadgets/cycle-overview?includeArchived=true", null, Kind.READ));
        calls.put("GadgetResource.keyResultTrend", new Call("GET", API + "/gadgets/key-result-trend?issueKey=OKR-2", null, Kind.READ));
        calls.put("GadgetResource.okrPlan", new Call("GET", API + "/gadgets/okr-plan?project=OKR&lint=true", null, Kind.READ));
        calls.put("KpiResource.list", new Call("GET", API + "/kpis?includeArchived=true", null, Kind.READ));
        calls.put("KpiResource.get", new Call("GET", API + "/kpis/" + companyKpi, null, Kind.READ));
        calls.put("KpiResource.measurements", new Call("GET", API + "/kpis/" + companyKpi + "/measurements?last=52", null, Kind.READ));
        calls.put("KpiResource.create", new Call("POST", API + "/kpis", """
                {"name":"Access-test KPI","unit":"%","direction":"HIGHER_IS_BETTER","target":90,"cadence":"MONTHLY",
                 "category":"OPERATIONAL","timing":"LEADING"}""", Kind.KPI_ADMIN));
        calls.put("KpiResource.update", new Call("PUT", API + "/kpis/" + companyKpi, kpiBody, Kind.KPI_ADMIN));
        calls.put("KpiResource.record", new Call("PUT", API + "/kpis/" + companyKpi + "/measurements/2026-11", "{\"value\":4}", Kind.KPI_ADMIN));
        calls.put("KpiResource.takeOwnership", new Call("POST", API + "/kpis/" + companyKpi + "/ownership",
                "{\"version\":" + company.get("version").asInt() + "}", Kind.KPI_ADMIN));
        calls.put("KpiResource.archive", new Call("POST", API + "/kpis/" + companyKpi + "/archive", "{\"version\":" + company.get("version").asInt() + "}", Kind.KPI_ADMIN));
        calls.put("KpiResource.purge", new Call("POST", API + "/kpis/" + companyKpi + "/purge", "{\"confirm\":\"Median support resolution time\"}", Kind.ADMIN));
        calls.put("KpiResource.collect", new Call("POST", API + "/kpis/" + jqlKpi + "/collect", null, Kind.KPI_PROJECT));
        calls.put("KpiResource.deleteMeasurement", new Call("DELETE", API + "/kpis/" + companyKpi + "/measurements/"
                + YearMonth.now(ZoneOffset.UTC).minusMonths(1), null, Kind.KPI_ADMIN));
        // deciding a proposal creates issues (or a KPI): in OKR, for whoever may create issues there
        calls.put("KpiResource.acceptRecovery", new Call("POST", API + "/kpis/" + companyKpi + "/recovery/accept",
                "{\"projectKey\":\"OKR\"}", Kind.EDIT));
        // a company-wide KPI's proposal is the administrators' to dismiss
        calls.put("KpiResource.dismissRecovery", new Call("POST", API + "/kpis/" + companyKpi + "/recovery/dismiss",
                "{\"reason\":\"access test\"}", Kind.ADMIN));
        calls.put("KeyResultResource.kpiProposal", new Call("GET", API + "/key-results/OKR-2/kpi-proposal", null, Kind.READ));
        calls.put("KeyResultResource.acceptKpiProposal", new Call("POST", API + "/key-results/OKR-2/kpi-proposal/accept", "{}",
                Kind.EDIT));
        calls.put("KeyResultResource.dismissKpiProposal", new Call("POST", API + "/key-results/OKR-2/kpi-proposal/dismiss",
                "{\"reason\":\"access test\"}", Kind.EDIT));
        calls.put("BackupResource.export", new Call("GET", API + "/backup", null, Kind.ADMIN));
        calls.put("BackupResource.restore", new Call("POST", API + "/backup/restore", backup, Kind.ADMIN));
        calls.put("AdminResource.epicProgress", new Call("GET", API + "/admin/epic-progress", null, Kind.ADMIN));
        calls.put("AdminResource.changeEpicProgress", new Call("PUT", API + "/admin/epic-progress",
                "{\"measure\":\"STORY_POINTS\",\"unestimated\":\"EXCLUDE\"}", Kind.ADMIN));
        calls.put("AdminResource.setUpIssueTypes", new Call("POST", API + "/admin/issue-setup", null, Kind.ADMIN));
        calls.put("AdminResource.enableOkrs", new Call("POST", API + "/admin/projects/PLAT/okr-issue-types", null, Kind.ADMIN));
        calls.put("IssueResource.search", new Call("GET", API + "/issues/search?query=e&role=ANY&limit=50", null, Kind.READ));
        calls.put("GadgetResource.alignmentTree", new Call("GET", API + "/gadgets/alignment-tree?includeArchived=true", null, Kind.READ));
        calls.put("SettingsResource.settings", new Call("GET", API + "/settings", null, Kind.ADMIN));
        calls.put("SettingsResource.change", new Call("PUT", API + "/settings", "{\"defaultCadence\":\"BIWEEKLY\"}", Kind.ADMIN));
    }

    private static HostHttp.Reply send(HostHttp client, Call call) {
        return call.body() == null ? client.request(call.method(), call.path(), null)
                : client.request(call.method(), call.path(), call.body(), "Content-Type", "application/json");
    }

    private HostHttp as(String user) {
        return HostHttp.as(host.port(), user, user);
    }

    /** Everything Emerald holds, as the administrator's export shows it, without the time of the export. */
    private JsonNode everything() {
        JsonNode export = http.get(API + "/backup").body();
        ((ObjectNode) export).remove("exportedAt");
        return export;
    }

    private int sandboxIssues() {
        return host.issues().issuesOfProject("OKR").size();
    }

    private static boolean isJsonError(HostHttp.Reply reply) {
        return reply.body() != null && reply.body().has("errors") && !reply.body().get("errors").isEmpty();
    }

    @Test
    @Order(1)
    void everyResourceMethodHasACase() {
        Set<String> methods = new TreeSet<>();
        for (Class<?> resource : RestResources.RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                        methods.add(resource.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(new TreeSet<>(calls.keySet())).as("a case for each REST resource method").isEqualTo(methods);
    }

    @Test
    @Order(2)
    void theAnonymousAreRefusedEverywhere() {
        JsonNode before = everything();
        HostHttp anonymous = HostHttp.anonymous(host.port());
        calls.forEach((name, call) -> {
            HostHttp.Reply reply = send(anonymous, call);
            assertThat(reply.status()).as(name).isEqualTo(401);
            assertThat(isJsonError(reply)).as(name + " answers JSON").isTrue();
        });
        for (String page : PAGES) {
            HostHttp.Reply reply = anonymous.get(page);
            assertThat(reply.status()).as(page).isEqualTo(302);
            assertThat(reply.header("Location")).as(page).startsWith("/login?next=");
        }
        assertThat(anonymous.get(API + "/openapi.json").status()).isEqualTo(401);
        assertThat(anonymous.request("PUT", "/host/dashboard-items/okr-progress/preferences", "{}",
                "Content-Type", "application/json").status()).isEqualTo(401);
        // the shared dashboard is edited by administrators, as Jira's system dashboard is
        assertThat(as("priya").put("/host/dashboard-items/okr-progress/preferences", "{\"project\":\"PLAT\"}").status())
                .isEqualTo(403);
        assertThat(as("priya").get("/").text()).doesNotContain("dashboard-item-configure");
        assertThat(HostHttp.as(host.port(), "admin", "wrong").get(API + "/cycles").status()).as("a wrong password").isEqualTo(401);
        assertThat(HostHttp.as(host.port(), "admin", "wrong").get("/okrs").status()).isEqualTo(401);
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
        assertThat(anonymous.get("/status").status()).isEqualTo(200);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void changesWithoutTheXsrfHeaderAreRefusedAndWriteNothing() {
        JsonNode before = everything();
        int issues = sandboxIssues();
        HostHttp noHeader = HostHttp.withoutXsrfHeader(host.port(), "admin", "admin");
        calls.forEach((name, call) -> {
            if (call.mutating()) {
                HostHttp.Reply reply = send(noHeader, call);
                assertThat(reply.status()).as(name).isEqualTo(403);
                assertThat(reply.body().get("errors").get(0).get("field").asText()).as(name).isEqualTo("X-Atlassian-Token");
            }
        });
        assertThat(noHeader.request("PUT", "/host/dashboard-items/okr-progress/preferences", "{\"refresh\":\"15\"}",
                "Content-Type", "application/json").status()).isEqualTo(403);
        assertThat(noHeader.request("POST", API + "/key-results/OKR-2/check-ins", "{\"value\":1,\"confidence\":5}",
                "Content-Type", "application/json", "X-Atlassian-Token", "nocheck").status()).as("only no-check counts").isEqualTo(403);
        assertThat(noHeader.get(API + "/cycles").status()).as("reads need no header").isEqualTo(200);
        assertThat(everything()).isEqualTo(before);
        assertThat(sandboxIssues()).isEqualTo(issues);
    }

    @Test
    @Order(4)
    void nobodySeesAnythingOfAProjectTheyMayNotBrowse() {
        for (Map.Entry<String, Set<String>> user : HIDDEN_PROJECTS.entrySet()) {
            HostHttp client = as(user.getKey());
            calls.forEach((name, call) -> {
                if (!call.mutating()) {
                    HostHttp.Reply reply = send(client, call);
                    assertThat(reply.status()).as("%s as %s", name, user.getKey()).isLessThan(500);
                    assertNothingOf(user.getValue(), reply.text(), call.path(), name + " as " + user.getKey());
                }
            });
            for (String page : PAGES) {
                HostHttp.Reply reply = client.get(page);
                assertThat(reply.status()).as("%s as %s", page, user.getKey()).isIn(200, 404);
                assertNothingOf(user.getValue(), withoutSettings(reply.text()), page + " " + PAGE_PARAMETERS.getOrDefault(page, ""),
                        page + " as " + user.getKey());
            }
        }
        // and what they would count is not counted either
        for (String user : List.of("tom", "nora")) {
            JsonNode overview = as(user).get(API + "/gadgets/cycle-overview?includeArchived=true").body();
            assertThat(overview.get("objectivesByStatus")).as(user).isEmpty();
            assertThat(overview.get("objectivesByTeam")).as(user).isEmpty();
            assertThat(overview.get("averageScore").isNull()).as(user).isTrue();
            assertThat(overview.get("findings")).as(user).isEmpty();
            assertThat(as(user).get(API + "/gadgets/okr-progress").body().get("objectives")).as(user).isEmpty();
            assertThat(as(user).get(API + "/key-results/mine").body().get("keyResults")).as(user).isEmpty();
            assertThat(as(user).get(API + "/objectives/OKR-1").status()).as(user).isEqualTo(404);
            assertThat(as(user).get("/browse/OKR-1").status()).as(user).isEqualTo(404);
        }
        assertThat(as("priya").get(API + "/gadgets/cycle-overview").body().get("objectivesByTeam").get("OKR").asInt())
                .as("priya administers OKR and sees its objectives").isEqualTo(4);
        assertThat(as("priya").get(API + "/kpis").body()).allSatisfy(k -> assertThat(k.get("projectKey").isNull()).isTrue());
        assertThat(as("tom").get(API + "/kpis").body()).anySatisfy(k -> assertThat(k.get("projectKey").asText()).isEqualTo("PLAT"));
        assertThat(as("nora").get(API + "/issues/search?query=e&role=ANY").body()).isEmpty();
        JsonNode completion = as("priya").get(API + "/key-results/OKR-5").body().get("completion");
        assertThat(completion.get("epics")).as("PLAT's epics are not listed for priya").isEmpty();
        assertThat(completion.get("unestimated")).as("nor PLAT's issue keys").isEmpty();
    }

    /**
     * A page without its message bundle (whose help texts give example keys such as OKR-12) and the
     * dashboard items' saved settings (a trend item names its key result, as a Jira gadget's preferences
     * do); what the items read is checked through their REST reads.
     */
    private static String withoutSettings(String page) {
        return page.replaceAll("(?s)<script id=\"emerald-(i18n|preferences)\" type=\"application/json\">.*?</script>", "");
    }

    /** {@code text} names no issue of a hidden project (but what the request itself named) and holds none of their text. */
    private void assertNothingOf(Set<String> hidden, String text, String request, String what) {
        for (String project : hidden) {
            for (String s : projectText.get(project)) {
                assertThat(text).as("%s shows %s's \"%s\"", what, project, s).doesNotContain(s);
            }
        }
        Matcher keys = ISSUE_KEY.matcher(text);
        while (keys.find()) {
            if (hidden.contains(keys.group(1))) {
                assertThat(request).as("%s names %s", what, keys.group()).contains(keys.group());
            }
        }
    }

    @Test
    @Order(5)
    void editsNeedEditIssuesAndARefusalWritesNothing() {
        JsonNode before = everything();
        int issues = sandboxIssues();
        HostHttp vera = as("vera");
        HostHttp tom = as("tom");
        calls.forEach((name, call) -> {
            if (call.kind() == Kind.EDIT || call.kind() == Kind.CREATE_ISSUES) {
                HostHttp.Reply reply = send(vera, call);
                // creating issues is refused before Jira's issue service is asked, like every other change
                assertThat(reply.status()).as("%s by vera, who may browse but not edit", name).isEqualTo(403);
                assertThat(isJsonError(reply)).as(name).isTrue();
                assertThat(send(tom, call).status()).as("%s by tom, who may not browse OKR", name).isIn(400, 403, 404);
            }
        });
        assertThat(everything()).isEqualTo(before);
        assertThat(sandboxIssues()).isEqualTo(issues);
    }

    @Test
    @Order(6)
    void administratorsActionsAreRefusedToEveryoneElse() {
        JsonNode before = everything();
        for (String user : List.of("priya", "tom", "nora", "vera")) {
            HostHttp client = as(user);
            calls.forEach((name, call) -> {
                if (call.kind() == Kind.ADMIN || call.kind() == Kind.KPI_ADMIN) {
                    HostHttp.Reply reply = send(client, call);
                    // a company-wide KPI is visible to all, so changing it is refused, not hidden
                    assertThat(reply.status()).as("%s by %s", name, user).isEqualTo(403);
                    assertThat(isJsonError(reply)).as(name).isTrue();
                }
            });
        }
        Call collect = calls.get("KpiResource.collect");
        assertThat(send(as("tom"), collect).status()).as("a member of PLAT does not administer its KPIs").isEqualTo(403);
        assertThat(send(as("priya"), collect).status()).as("PLAT's KPI does not exist for priya").isEqualTo(404);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void theSameRequestsSucceedForThoseAllowedToMakeThem() {
        HostHttp.Reply checkIn = send(as("priya"), calls.get("KeyResultResource.checkIn"));
        assertThat(checkIn.status()).as("priya may edit OKR's issues").isEqualTo(201);
        List<String> refused = new ArrayList<>();
        calls.forEach((name, call) -> {
            if (call.mutating()) {
                HostHttp.Reply reply = send(http, call);
                if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
                    refused.add(name + " " + reply.status() + " " + reply.text());
                }
            }
        });
        assertThat(refused).as("changes the administrator may make").isEmpty();
    }
}
