package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.view.IssuePickView;
import com.emeraldokr.core.service.issue.IssuePickerService;
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

/** {@code /rest/emerald/1.0/issues/search}: the issue picker, on the product's search as the current user. */
/* Platform 7 REST v2 wants an explicit access level: each method names its own (data for licensed users, changes to the calendar and settings for administrators). */
@Tag(name = "issues", description = "The issue picker")
@ErrorAnswers
@Named
@Path("issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssuePickerService picker;

    @Inject
    public IssueResource(IssuePickerService picker) {
        this.picker = picker;
    }

    /** {@code ?query=&role=EPIC|OBJECTIVE|KEY_RESULT|ANY&limit=20}: issues by exact key or summary text. */
    @LicensedOnly
    @GET
    @Path("search")
    @Operation(operationId = "searchIssues", summary = "Issues the user may browse, by exact key or summary text, through the product's search")
    @ApiResponse(responseCode = "200", description = "The matching issues", useReturnTypeSchema = true)
    public List<IssuePickView> search(@QueryParam("query") String query, @QueryParam("role") String role,
                                      @QueryParam("limit") String limit) {
        return picker.search(query, role, limit);
    }
}
