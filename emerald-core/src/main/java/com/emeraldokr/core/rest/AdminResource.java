package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.request.EpicProgressSettings;
import com.emeraldokr.core.port.OkrIssueSetup;
import com.emeraldokr.core.service.epic.EpicProgressAdmin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import java.util.Locale;
import java.util.NoSuchElementException;

/** {@code /rest/emerald/1.0/admin/…}: administrators' actions. */
@Tag(name = "admin", description = "Administrators' actions")
@ErrorAnswers
@Named
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final OkrIssueSetup setup;
    private final EpicProgressAdmin epicProgress;
    private final Messages messages;

    @Inject
    public AdminResource(OkrIssueSetup setup, EpicProgressAdmin epicProgress, Messages messages) {
        this.setup = setup;
        this.epicProgress = epicProgress;
        this.messages = messages;
    }

    /** How epic progress is measured for ISSUE_COMPLETION key results. */
    @AdminOnly
    @GET
    @Path("epic-progress")
    @Operation(operationId = "getEpicProgressSettings", summary = "How epic progress is measured for ISSUE_COMPLETION key results")
    @ApiResponse(responseCode = "200", description = "The settings", useReturnTypeSchema = true)
    public EpicProgressSettings epicProgress() {
        return epicProgress.current();
    }

    @AdminOnly
    @PUT
    @Path("epic-progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeEpicProgressSettings", summary = "Change how epic progress is measured")
    @ApiResponse(responseCode = "200", description = "The new settings", useReturnTypeSchema = true)
    public EpicProgressSettings changeEpicProgress(EpicProgressSettings request) {
        return epicProgress.change(request);
    }

    /** Creates whatever issue types and link types are missing; running it again changes nothing. */
    @AdminOnly
    @POST
    @Path("issue-setup")
    @Operation(operationId = "setUpIssueTypes", summary = "Create the issue types and link types that are missing; again changes nothing")
    @ApiResponse(responseCode = "200", description = "What was created and what existed", useReturnTypeSchema = true)
    public OkrIssueSetup.Report setUpIssueTypes() {
        return setup.install();
    }

    /** Adds Objective and Key Result to the project's issue type scheme; running it again changes nothing. */
    @AdminOnly
    @POST
    @Path("projects/{projectKey}/okr-issue-types")
    @Operation(operationId = "enableOkrIssueTypes", summary = "Add Objective and Key Result to a project's issue type scheme; again changes nothing")
    @ApiResponse(responseCode = "200", description = "What was added and what existed", useReturnTypeSchema = true)
    public OkrIssueSetup.Report enableOkrs(@PathParam("projectKey") String projectKey) {
        try {
            return setup.enableInProject(projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT));
        } catch (NoSuchElementException e) {
            throw new NotFoundException("projectKey", messages.text("emerald.error.project.not.found", projectKey));
        }
    }
}
