package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.api.request.SummaryChange;
import com.emeraldokr.api.view.AlignmentView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.core.service.objective.ObjectiveService;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * {@code /rest/emerald/1.0/objectives}: register an objective with its key results, read one with its
 * progress, align it to a parent objective.
 */
/* Platform 7 REST v2 wants an explicit access level: each method names its own (data for licensed users, changes to the calendar and settings for administrators). */
@Tag(name = "objectives", description = "Objectives: register, create, read, align, archive and remove")
@ErrorAnswers
@Named
@Path("objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectiveResource {

    private final ObjectiveService objectives;
    private final OkrCreationService creationService;

    @Inject
    public ObjectiveResource(ObjectiveService objectives, OkrCreationService creationService) {
        this.objectives = objectives;
        this.creationService = creationService;
    }

    /**
     * Creates the objective and its key results as new issues of {@code projectKey} and registers them;
     * all or nothing.
     */
    @LicensedOnly
    @POST
    @Path("new")
    @Operation(operationId = "createObjectiveWithIssues", summary = "Create an objective and its key results as new issues of a project; all or nothing")
    @ApiResponse(responseCode = "201", description = "The created objective; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveView.class)))
    public Response createWithIssues(NewOkr request, @Context UriInfo uriInfo) {
        ObjectiveView created = creationService.create(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("objectives").path(created.issueKey()).build())
                .entity(created).build();
    }

    /** Renames the objective issue through Jira, so its history and notifications are Jira's. */
    @LicensedOnly
    @PUT
    @Path("{issueKey}/summary")
    @Operation(operationId = "renameObjective", summary = "Rename the objective issue through the product")
    @ApiResponse(responseCode = "200", description = "The renamed objective", useReturnTypeSchema = true)
    public ObjectiveView rename(@PathParam("issueKey") String issueKey, SummaryChange change) {
        return creationService.renameObjective(issueKey, change);
    }

    @LicensedOnly
    @POST
    @Operation(operationId = "createObjective", summary = "Register existing issues as an objective with its key results")
    @ApiResponse(responseCode = "201", description = "The registered objective; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveView.class)))
    public Response create(NewObjective request, @Context UriInfo uriInfo) {
        ObjectiveView created = objectives.createObjective(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.issueKey()).build())
                .entity(created).build();
    }

    @LicensedOnly
    @GET
    @Path("{issueKey}")
    @Operation(operationId = "getObjective", summary = "Read an objective with its progress, status and key results")
    @ApiResponse(responseCode = "200", description = "The objective", useReturnTypeSchema = true)
    public ObjectiveView get(@PathParam("issueKey") String issueKey) {
        return objectives.objective(issueKey);
    }

    /** Removes the objective and its key results from Emerald (the issues stay); 204. */
    @LicensedOnly
    @DELETE
    @Path("{issueKey}")
    @Operation(operationId = "deleteObjective", summary = "Remove an objective and its key results from Emerald; the issues stay")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("issueKey") String issueKey) {
        objectives.deleteObjective(issueKey);
        return Response.noContent().build();
    }

    @LicensedOnly
    @GET
    @Path("{issueKey}/alignment")
    @Operation(operationId = "getAlignment", summary = "Read the parent objective this one aligns to")
    @ApiResponse(responseCode = "200", description = "The alignment", useReturnTypeSchema = true)
    public AlignmentView alignment(@PathParam("issueKey") String issueKey) {
        return objectives.alignment(issueKey);
    }

    /** Aligns the objective to the parent objective {@code {"issueKey": "…"}}, replacing an earlier parent. */
    @LicensedOnly
    @PUT
    @Path("{issueKey}/alignment")
    @Operation(operationId = "alignObjective", summary = "Align the objective to a parent objective, replacing an earlier parent")
    @ApiResponse(responseCode = "200", description = "The new alignment", useReturnTypeSchema = true)
    public AlignmentView align(@PathParam("issueKey") String issueKey, LinkRequest request) {
        return objectives.align(issueKey, request);
    }

    @LicensedOnly
    @DELETE
    @Path("{issueKey}/alignment")
    @Operation(operationId = "removeAlignment", summary = "Remove the objective's alignment to its parent")
    @ApiResponse(responseCode = "200", description = "The alignment, now without a parent", useReturnTypeSchema = true)
    public AlignmentView removeAlignment(@PathParam("issueKey") String issueKey) {
        return objectives.removeAlignment(issueKey);
    }

    /** Archives the objective: the cycle reads leave it out unless asked to include archived objectives. */
    @LicensedOnly
    @POST
    @Path("{issueKey}/archive")
    @Operation(operationId = "archiveObjective", summary = "Archive an objective: cycle reads leave it out unless asked to include archived objectives")
    @ApiResponse(responseCode = "200", description = "The archived objective", useReturnTypeSchema = true)
    public ObjectiveView archive(@PathParam("issueKey") String issueKey) {
        return objectives.setArchived(issueKey, true);
    }

    /** Brings an archived objective back into the cycle reads. */
    @LicensedOnly
    @POST
    @Path("{issueKey}/restore-archived")
    @Operation(operationId = "restoreArchivedObjective", summary = "Bring an archived objective back into the cycle reads")
    @ApiResponse(responseCode = "200", description = "The restored objective", useReturnTypeSchema = true)
    public ObjectiveView restoreArchived(@PathParam("issueKey") String issueKey) {
        return objectives.setArchived(issueKey, false);
    }
}
