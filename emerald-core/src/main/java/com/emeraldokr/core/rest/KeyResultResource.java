package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewCheckIn;
import com.emeraldokr.api.request.ProposalRequests;
import com.emeraldokr.api.request.SummaryChange;
import com.emeraldokr.api.request.UpdateKeyResult;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.KpiViews.KpiProposalView;
import com.emeraldokr.api.view.MyKeyResultsView;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.OkrCreationService;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/emerald/1.0/key-results/{issueKey}}: read and edit a key result, record a check-in,
 * link and unlink the epics that contribute to it.
 */
/* Platform 7 REST v2 wants an explicit access level: each method names its own (data for licensed users, changes to the calendar and settings for administrators). */
@Tag(name = "key-results", description = "Key results: read, edit, check in, link epics")
@ErrorAnswers
@Named
@Path("key-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResultResource {

    private final KeyResultService keyResults;
    private final OkrCreationService creationService;
    private final LoopService loop;

    @Inject
    public KeyResultResource(KeyResultService keyResults, OkrCreationService creationService, LoopService loop) {
        this.keyResults = keyResults;
        this.creationService = creationService;
        this.loop = loop;
    }

    /** The KPI a key result achieved and held proposes, with its decision; 404 when it proposes none. */
    @LicensedOnly
    @GET
    @Path("{issueKey}/kpi-proposal")
    @Operation(operationId = "getKpiProposal", summary = "The KPI a key result achieved and held proposes, with its decision")
    @ApiResponse(responseCode = "200", description = "The proposal", useReturnTypeSchema = true)
    public KpiProposalView kpiProposal(@PathParam("issueKey") String issueKey) {
        return loop.kpiProposal(issueKey);
    }

    /** Creates the proposed KPI; a proposal decided already gets 409 and creates nothing. */
    @LicensedOnly
    @POST
    @Path("{issueKey}/kpi-proposal/accept")
    @Operation(operationId = "acceptKpiProposal", summary = "Accept a key result's KPI proposal: create the KPI (409 when decided already)")
    @ApiResponse(responseCode = "200", description = "The proposal, accepted, naming the created KPI", useReturnTypeSchema = true)
    public KpiProposalView acceptKpiProposal(@PathParam("issueKey") String issueKey, ProposalRequests.AcceptKpiProposal request) {
        return loop.acceptKpiProposal(issueKey, request);
    }

    @LicensedOnly
    @POST
    @Path("{issueKey}/kpi-proposal/dismiss")
    @Operation(operationId = "dismissKpiProposal", summary = "Dismiss a key result's KPI proposal with a reason (409 when decided already)")
    @ApiResponse(responseCode = "200", description = "The proposal, dismissed", useReturnTypeSchema = true)
    public KpiProposalView dismissKpiProposal(@PathParam("issueKey") String issueKey, ProposalRequests.Dismissal request) {
        return loop.dismissKpiProposal(issueKey, request);
    }

    /** Renames the key result issue through Jira. */
    @LicensedOnly
    @PUT
    @Path("{issueKey}/summary")
    @Operation(operationId = "renameKeyResult", summary = "Rename the key result issue through the product")
    @ApiResponse(responseCode = "200", description = "The renamed key result", useReturnTypeSchema = true)
    public KeyResultView rename(@PathParam("issueKey") String issueKey, SummaryChange change) {
        return creationService.renameKeyResult(issueKey, change);
    }

    /** The current user's key results (their issue's assignee) in the cycle, the current one when {@code cycleId} is left out. */
    @LicensedOnly
    @GET
    @Path("mine")
    @Operation(operationId = "myKeyResults", summary = "The current user's key results (assignee) in a cycle, the current one by default")
    @ApiResponse(responseCode = "200", description = "The cycle and the user's key results", useReturnTypeSchema = true)
    public MyKeyResultsView mine(@QueryParam("cycleId") String cycleId) {
        return keyResults.mine(cycleId);
    }

    /** The key result with its check-ins and its linked epics' work. */
    @LicensedOnly
    @GET
    @Path("{issueKey}")
    @Operation(operationId = "getKeyResult", summary = "Read a key result with its check-ins and its linked epics' work")
    @ApiResponse(responseCode = "200", description = "The key result", useReturnTypeSchema = true)
    public KeyResultView get(@PathParam("issueKey") String issueKey) {
        return keyResults.keyResult(issueKey);
    }

    /** Links an epic ({@code {"issueKey": "…"}}) as contributing to the key result; 409 when it already does. */
    @LicensedOnly
    @POST
    @Path("{issueKey}/epics")
    @Operation(operationId = "linkEpic", summary = "Link an epic as contributing to the key result")
    @ApiResponse(responseCode = "201", description = "The key result with the epic linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyResultView.class)))
    public Response linkEpic(@PathParam("issueKey") String issueKey, LinkRequest request) {
        return Response.status(Response.Status.CREATED).entity(keyResults.linkEpic(issueKey, request)).build();
    }

    @LicensedOnly
    @DELETE
    @Path("{issueKey}/epics/{epicKey}")
    @Operation(operationId = "unlinkEpic", summary = "Unlink an epic from the key result")
    @ApiResponse(responseCode = "200", description = "The key result without the epic", useReturnTypeSchema = true)
    public KeyResultView unlinkEpic(@PathParam("issueKey") String issueKey, @PathParam("epicKey") String epicKey) {
        return keyResults.unlinkEpic(issueKey, epicKey);
    }

    /** Edits kind, range, unit and weight (fields left out keep their value); a stale {@code version} gets 409 and changes nothing. */
    @LicensedOnly
    @PUT
    @Path("{issueKey}")
    @Operation(operationId = "updateKeyResult", summary = "Edit kind, range, unit and weight; fields left out keep their value; a stale version gets 409")
    @ApiResponse(responseCode = "200", description = "The changed key result", useReturnTypeSchema = true)
    public KeyResultView update(@PathParam("issueKey") String issueKey, UpdateKeyResult request) {
        return keyResults.updateKeyResult(issueKey, request);
    }

    @LicensedOnly
    @POST
    @Path("{issueKey}/check-ins")
    @Operation(operationId = "checkIn", summary = "Record a key result's current value and confidence")
    @ApiResponse(responseCode = "201", description = "The key result with the new check-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyResultView.class)))
    public Response checkIn(@PathParam("issueKey") String issueKey, NewCheckIn request) {
        KeyResultView updated = keyResults.recordCheckIn(issueKey, request);
        return Response.status(Response.Status.CREATED).entity(updated).build();
    }
}
