package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.emeraldokr.core.port.OkrIssueSetup;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /rest/emerald/1.0/admin/…}: administrators' actions. */
@AdminOnly
@Named
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final OkrIssueSetup setup;

    @Inject
    public AdminResource(OkrIssueSetup setup) {
        this.setup = setup;
    }

    /** Creates whatever issue types and link types are missing; running it again changes nothing. */
    @POST
    @Path("issue-setup")
    public OkrIssueSetup.Report setUpIssueTypes() {
        return setup.install();
    }
}
