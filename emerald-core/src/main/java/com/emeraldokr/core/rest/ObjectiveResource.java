package com.emeraldokr.core.rest;

import com.emeraldokr.core.service.objective.ObjectiveService;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.view.AlignmentView;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.request.NewObjective;
import com.emeraldokr.api.request.NewOkr;
import com.emeraldokr.core.service.objective.OkrCreationService;
import com.emeraldokr.api.request.SummaryChange;
import com.emeraldokr.api.view.ObjectiveView;

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
/* Platform 7 REST v2 requires an explicit access level: Emerald's data is for licensed users. */
@LicensedOnly
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
    @POST
    @Path("new")
    public Response createWithIssues(NewOkr request, @Context UriInfo uriInfo) {
        ObjectiveView created = creationService.create(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("objectives").path(created.issueKey()).build())
                .entity(created).build();
    }

    /** Renames the objective issue through Jira, so its history and notifications are Jira's. */
    @PUT
    @Path("{issueKey}/summary")
    public ObjectiveView rename(@PathParam("issueKey") String issueKey, SummaryChange change) {
        return creationService.renameObjective(issueKey, change);
    }

    @POST
    public Response create(NewObjective request, @Context UriInfo uriInfo) {
        ObjectiveView created = objectives.createObjective(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.issueKey()).build())
                .entity(created).build();
    }

    @GET
    @Path("{issueKey}")
    public ObjectiveView get(@PathParam("issueKey") String issueKey) {
        return objectives.objective(issueKey);
    }

    /** Removes the objective and its key results from Emerald (the issues stay); 204. */
    @DELETE
    @Path("{issueKey}")
    public Response delete(@PathParam("issueKey") String issueKey) {
        objectives.deleteObjective(issueKey);
        return Response.noContent().build();
    }

    @GET
    @Path("{issueKey}/alignment")
    public AlignmentView alignment(@PathParam("issueKey") String issueKey) {
        return objectives.alignment(issueKey);
    }

    /** Aligns the objective to the parent objective {@code {"issueKey": "…"}}, replacing an earlier parent. */
    @PUT
    @Path("{issueKey}/alignment")
    public AlignmentView align(@PathParam("issueKey") String issueKey, LinkRequest request) {
        return objectives.align(issueKey, request);
    }

    @DELETE
    @Path("{issueKey}/alignment")
    public AlignmentView removeAlignment(@PathParam("issueKey") String issueKey) {
        return objectives.removeAlignment(issueKey);
    }

    /** Archives the objective: the cycle reads leave it out unless asked to include archived objectives. */
    @POST
    @Path("{issueKey}/archive")
    public ObjectiveView archive(@PathParam("issueKey") String issueKey) {
        return objectives.setArchived(issueKey, true);
    }

    /** Brings an archived objective back into the cycle reads. */
    @POST
    @Path("{issueKey}/restore-archived")
    public ObjectiveView restoreArchived(@PathParam("issueKey") String issueKey) {
        return objectives.setArchived(issueKey, false);
    }
}
