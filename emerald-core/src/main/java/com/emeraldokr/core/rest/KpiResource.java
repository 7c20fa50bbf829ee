package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.request.NewMeasurement;
import com.emeraldokr.api.request.ProposalRequests;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.KpiViews.MeasurementView;
import com.emeraldokr.api.view.KpiViews.PurgeView;
import com.emeraldokr.api.view.KpiViews.RecoveryView;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.kpi.LoopService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import java.util.List;

/** {@code /rest/emerald/1.0/kpis}: KPI definitions, their measurements, archive and purge. */
@Tag(name = "kpis", description = "KPI definitions, their measurements, archive and purge")
@ErrorAnswers
@Named
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpiResource {

    /** Body of a purge request: the KPI's name, typed again to confirm. */
    public record PurgeRequest(String confirm) {
    }

    /** Body of an archive or take-over request: the version the change is based on. */
    public record VersionRequest(Integer version) {
    }

    private final KpiService kpis;
    private final LoopService loop;
    private final Messages messages;

    @Inject
    public KpiResource(KpiService kpis, LoopService loop, Messages messages) {
        this.kpis = kpis;
        this.loop = loop;
        this.messages = messages;
    }

    /**
     * Accepts the KPI's recovery proposal: creates the objective and its key result (measured by the KPI) as
     * issues; a proposal decided already gets 409 and creates nothing.
     */
    @LicensedOnly
    @POST
    @Path("{kpiId}/recovery/accept")
    @Operation(operationId = "acceptRecovery", summary = "Accept a KPI's recovery proposal: create the objective and key result issues (409 when decided already)")
    @ApiResponse(responseCode = "200", description = "The proposal, accepted, naming the created issues", useReturnTypeSchema = true)
    public RecoveryView acceptRecovery(@PathParam("kpiId") String kpiId, ProposalRequests.AcceptRecovery request) {
        return loop.acceptRecovery(id(kpiId), request);
    }

    @LicensedOnly
    @POST
    @Path("{kpiId}/recovery/dismiss")
    @Operation(operationId = "dismissRecovery", summary = "Dismiss a KPI's recovery proposal for this cycle with a reason (409 when decided already)")
    @ApiResponse(responseCode = "200", description = "The proposal, dismissed", useReturnTypeSchema = true)
    public RecoveryView dismissRecovery(@PathParam("kpiId") String kpiId, ProposalRequests.Dismissal request) {
        return loop.dismissRecovery(id(kpiId), request);
    }

    /** Deletes a period's value; the row is kept with who deleted it and when, and reads leave it out. */
    @LicensedOnly
    @DELETE
    @Path("{kpiId}/measurements/{period}")
    @Operation(operationId = "deleteMeasurement", summary = "Delete a period's value (kept for the audit trail, left out of reads)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response deleteMeasurement(@PathParam("kpiId") String kpiId, @PathParam("period") String period) {
        kpis.deleteMeasurement(id(kpiId), period);
        return Response.noContent().build();
    }

    @LicensedOnly
    @GET
    @Operation(operationId = "listKpis", summary = "List KPIs, optionally of one project or category")
    @ApiResponse(responseCode = "200", description = "The KPIs", useReturnTypeSchema = true)
    public List<KpiView> list(@QueryParam("project") String project, @QueryParam("category") String category,
                              @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived) {
        return kpis.list(project, category, includeArchived);
    }

    @LicensedOnly
    @POST
    @Operation(operationId = "createKpi", summary = "Create a KPI")
    @ApiResponse(responseCode = "201", description = "The created KPI; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiView.class)))
    public Response create(NewKpi request, @Context UriInfo uriInfo) {
        KpiView created = kpis.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @LicensedOnly
    @GET
    @Path("{kpiId}")
    @Operation(operationId = "getKpi", summary = "Read a KPI")
    @ApiResponse(responseCode = "200", description = "The KPI", useReturnTypeSchema = true)
    public KpiView get(@PathParam("kpiId") String kpiId) {
        return kpis.get(id(kpiId));
    }

    @LicensedOnly
    @PUT
    @Path("{kpiId}")
    @Operation(operationId = "updateKpi", summary = "Edit a KPI (versioned)")
    @ApiResponse(responseCode = "200", description = "The changed KPI", useReturnTypeSchema = true)
    public KpiView update(@PathParam("kpiId") String kpiId, NewKpi request) {
        return kpis.update(id(kpiId), request);
    }

    /** Runs a JQL-fed KPI's query now and records the current period's value; for those who may edit the KPI. */
    @LicensedOnly
    @POST
    @Path("{kpiId}/collect")
    @Operation(operationId = "collectKpi", summary = "Run a JQL-fed KPI's query now and record the current period's value")
    @ApiResponse(responseCode = "200", description = "The recorded measurement", useReturnTypeSchema = true)
    public MeasurementView collect(@PathParam("kpiId") String kpiId) {
        return kpis.collect(id(kpiId));
    }

    @LicensedOnly
    @POST
    @Path("{kpiId}/archive")
    @Operation(operationId = "archiveKpi", summary = "Archive a KPI; its history is kept")
    @ApiResponse(responseCode = "200", description = "The archived KPI", useReturnTypeSchema = true)
    public KpiView archive(@PathParam("kpiId") String kpiId, VersionRequest request) {
        return kpis.archive(id(kpiId), request == null ? null : request.version());
    }

    @LicensedOnly
    @POST
    @Path("{kpiId}/ownership")
    @Operation(operationId = "takeKpiOwnership", summary = "Become the KPI's owner (its JQL then runs as you), for whoever may edit it")
    @ApiResponse(responseCode = "200", description = "The KPI with its new owner", useReturnTypeSchema = true)
    public KpiView takeOwnership(@PathParam("kpiId") String kpiId, VersionRequest request) {
        return kpis.takeOwnership(id(kpiId), request == null ? null : request.version());
    }

    /** Deletes an archived KPI with its whole history; administrators only; the answer says how many measurements went. */
    @AdminOnly
    @POST
    @Path("{kpiId}/purge")
    @Operation(operationId = "purgeKpi", summary = "Delete an archived KPI with its whole history, confirmed by its name (administrators)")
    @ApiResponse(responseCode = "200", description = "How many measurements went", useReturnTypeSchema = true)
    public PurgeView purge(@PathParam("kpiId") String kpiId, PurgeRequest request) {
        return kpis.purge(id(kpiId), request == null ? null : request.confirm());
    }

    @LicensedOnly
    @GET
    @Path("{kpiId}/measurements")
    @Operation(operationId = "listMeasurements", summary = "Read a KPI's latest measurements")
    @ApiResponse(responseCode = "200", description = "The measurements", useReturnTypeSchema = true)
    public List<MeasurementView> measurements(@PathParam("kpiId") String kpiId,
                                              @QueryParam("last") @DefaultValue("52") String last) {
        return kpis.measurements(id(kpiId), number("last", last));
    }

    /**
     * Records a period's value; doing it again for the same period corrects it (200 instead of 201), keeping
     * who created it. A period that has not begun is refused.
     */
    @LicensedOnly
    @PUT
    @Path("{kpiId}/measurements/{period}")
    @Operation(operationId = "recordMeasurement", summary = "Record a period's value; recording the same period again replaces it")
    @ApiResponse(responseCode = "200", description = "The measurement, replacing the period's earlier value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementView.class)))
    @ApiResponse(responseCode = "201", description = "The measurement, the period's first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementView.class)))
    public Response record(@PathParam("kpiId") String kpiId, @PathParam("period") String period, NewMeasurement request) {
        MeasurementView recorded = kpis.record(id(kpiId), period, request);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK).entity(recorded).build();
    }

    private long id(String value) {
        long id = number("kpiId", value);
        if (id <= 0) {
            throw invalid("kpiId", value);
        }
        return id;
    }

    private int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw invalid(field, value);
        }
    }

    private ValidationException invalid(String field, String value) {
        return new ValidationException(List.of(new FieldError(field, messages.text("emerald.error.id.format", value))));
    }
}
