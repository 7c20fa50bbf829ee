package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.request.CloseCycle;
import com.emeraldokr.api.request.NewCycle;
import com.emeraldokr.api.request.UpdateCycle;
import com.emeraldokr.api.view.CycleProposalView;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.core.service.cycle.CycleService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import java.util.List;

/**
 * {@code /rest/emerald/1.0/cycles}: list, create, edit, activate, close and delete OKR cycles. Reads
 * are for licensed users; every change is the administrators' (the service checks it too).
 */
/* Platform 7 REST v2 wants an explicit access level: each method names its own (data for licensed users, changes to the calendar and settings for administrators). */
@Tag(name = "cycles", description = "OKR cycles: reads for licensed users, changes for administrators")
@ErrorAnswers
@Named
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final CycleService cycles;

    @Inject
    public CycleResource(CycleService cycles) {
        this.cycles = cycles;
    }

    @LicensedOnly
    @GET
    @Operation(operationId = "listCycles", summary = "List the OKR cycles")
    @ApiResponse(responseCode = "200", description = "The cycles", useReturnTypeSchema = true)
    public List<CycleView> list() {
        return cycles.cycles();
    }

    /** Cycles are the organisation's calendar: administrators create them. */
    @AdminOnly
    @POST
    @Operation(operationId = "createCycle", summary = "Create a cycle (administrators)")
    @ApiResponse(responseCode = "201", description = "The created cycle; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    public Response create(NewCycle request, @Context UriInfo uriInfo) {
        CycleView created = cycles.createCycle(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Dates and a name for the create-cycle form: the fiscal quarter after the latest cycle. */
    @AdminOnly
    @GET
    @Path("next-quarter")
    @Operation(operationId = "proposeNextQuarter", summary = "The fiscal quarter a new cycle would most likely cover (administrators)")
    @ApiResponse(responseCode = "200", description = "Its name, dates and time zone", useReturnTypeSchema = true)
    public CycleProposalView nextQuarter() {
        return cycles.nextQuarter();
    }

    @LicensedOnly
    @GET
    @Path("{id}")
    @Operation(operationId = "getCycle", summary = "Read a cycle")
    @ApiResponse(responseCode = "200", description = "The cycle", useReturnTypeSchema = true)
    public CycleView get(@PathParam("id") long id) {
        return cycles.cycle(id);
    }

    /** Renames or re-dates the cycle: {@code {"name", "start", "end", "timeZone"}}, each optional. */
    @AdminOnly
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCycle", summary = "Rename or re-date a cycle; fields left out keep their value (administrators)")
    @ApiResponse(responseCode = "200", description = "The changed cycle", useReturnTypeSchema = true)
    public CycleView update(@PathParam("id") long id, UpdateCycle request) {
        return cycles.updateCycle(id, request);
    }

    /** Makes the cycle the active one of its length (month, quarter, half year, year or custom). */
    @AdminOnly
    @POST
    @Path("{id}/activate")
    @Operation(operationId = "activateCycle", summary = "Make a cycle the active one of its length (administrators)")
    @ApiResponse(responseCode = "200", description = "The activated cycle", useReturnTypeSchema = true)
    public CycleView activate(@PathParam("id") long id) {
        return cycles.activate(id);
    }

    /** Closes the cycle and freezes its scores; the optional body overrides objectives' final scores. */
    @AdminOnly
    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeCycle", summary = "Close a cycle and freeze its scores, optionally overriding objectives' final scores (administrators)")
    @ApiResponse(responseCode = "200", description = "The closed cycle", useReturnTypeSchema = true)
    public CycleView close(@PathParam("id") long id, CloseCycle request) {
        return cycles.close(id, request);
    }

    /** Deletes a cycle without objectives. */
    @AdminOnly
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCycle", summary = "Delete a cycle without objectives (administrators)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        cycles.delete(id);
        return Response.noContent().build();
    }
}
