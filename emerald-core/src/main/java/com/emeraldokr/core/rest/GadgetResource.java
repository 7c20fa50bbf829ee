package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.CycleOverviewView;
import com.emeraldokr.api.view.KeyResultTrendView;
import com.emeraldokr.api.view.KpiViews;
import com.emeraldokr.api.view.OkrPlanView;
import com.emeraldokr.api.view.OkrProgressView;
import com.emeraldokr.core.service.Validator;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.report.OkrReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import java.util.List;

/** {@code /rest/emerald/1.0/gadgets/…}: one purpose-built read per dashboard item or macro, so each renders with one request. */
/* Platform 7 REST v2 wants an explicit access level: each method names its own (data for licensed users, changes to the calendar and settings for administrators). */
@Tag(name = "gadgets", description = "One read per dashboard item and Confluence macro")
@ErrorAnswers
@Named
@Path("gadgets")
@Produces(MediaType.APPLICATION_JSON)
public class GadgetResource {

    private final OkrReportService reports;
    private final KpiService kpiService;
    private final Messages messages;

    @Inject
    public GadgetResource(OkrReportService reports, KpiService kpiService, Messages messages) {
        this.reports = reports;
        this.kpiService = kpiService;
        this.messages = messages;
    }

    /** Objectives of a cycle with their key results; the current cycle when {@code cycleId} is absent. */
    @LicensedOnly
    @GET
    @Path("okr-progress")
    @Operation(operationId = "okrProgress", summary = "Objectives of a cycle with their key results (the current cycle by default)")
    @ApiResponse(responseCode = "200", description = "The objectives of the cycle", useReturnTypeSchema = true)
    public OkrProgressView okrProgress(@QueryParam("cycleId") String cycleId, @QueryParam("project") String project,
                                       @QueryParam("includeArchived") String includeArchived) {
        return reports.okrProgress(Validator.optionalId(messages, "cycleId", cycleId), project, flag(includeArchived));
    }

    /** KPIs with health, trend, recent periods and any recovery proposal, optionally of one project or category. */
    @LicensedOnly
    @GET
    @Path("kpi-health")
    @Operation(operationId = "kpiHealth", summary = "KPIs with health, trend, recent periods and any recovery proposal")
    @ApiResponse(responseCode = "200", description = "The KPIs", useReturnTypeSchema = true)
    public List<KpiViews.KpiView> kpiHealth(@QueryParam("project") String project, @QueryParam("category") String category) {
        return kpiService.list(project, category, false);
    }

    /** One cycle at a glance. */
    @LicensedOnly
    @GET
    @Path("cycle-overview")
    @Operation(operationId = "cycleOverview", summary = "One cycle at a glance")
    @ApiResponse(responseCode = "200", description = "The cycle overview", useReturnTypeSchema = true)
    public CycleOverviewView cycleOverview(@QueryParam("cycleId") String cycleId,
                                           @QueryParam("includeArchived") String includeArchived) {
        return reports.cycleOverview(Validator.optionalId(messages, "cycleId", cycleId), flag(includeArchived));
    }

    /** One key result's check-ins against the expected line, with its forecast. */
    @LicensedOnly
    @GET
    @Path("key-result-trend")
    @Operation(operationId = "keyResultTrend", summary = "A key result's check-ins against the expected line, with its forecast")
    @ApiResponse(responseCode = "200", description = "The trend", useReturnTypeSchema = true)
    public KeyResultTrendView keyResultTrend(@QueryParam("issueKey") String issueKey) {
        return reports.keyResultTrend(issueKey);
    }

    /** A project's objectives of a cycle as a planning table (the okr-plan macro), with lint findings when asked. */
    @LicensedOnly
    @GET
    @Path("okr-plan")
    @Operation(operationId = "okrPlan", summary = "A project's objectives of a cycle as a planning table, with lint findings when asked")
    @ApiResponse(responseCode = "200", description = "The plan", useReturnTypeSchema = true)
    public OkrPlanView okrPlan(@QueryParam("project") String project, @QueryParam("cycleId") String cycleId,
                               @QueryParam("lint") String lint, @QueryParam("includeArchived") String includeArchived) {
        return reports.okrPlan(project, Validator.optionalId(messages, "cycleId", cycleId), flag(lint), flag(includeArchived));
    }

    /** A switch such as {@code ?lint=true}: on only when it says true. */
    private static boolean flag(String value) {
        return "true".equalsIgnoreCase(value == null ? null : value.strip());
    }

}
