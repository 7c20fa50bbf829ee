package com.emeraldokr.core.rest;

import com.emeraldokr.core.service.cycle.CycleService;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.emeraldokr.api.view.CycleView;
import com.emeraldokr.api.request.NewCycle;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Context;
import java.util.List;

/** {@code /rest/emerald/1.0/cycles}: list and create OKR cycles. */
/* Platform 7 REST v2 requires an explicit access level: Emerald's data is for licensed users. */
@LicensedOnly
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

    @GET
    public List<CycleView> list() {
        return cycles.cycles();
    }

    /** Cycles are the organisation's calendar: administrators create them. */
    @AdminOnly
    @POST
    public Response create(NewCycle request, @Context UriInfo uriInfo) {
        CycleView created = cycles.createCycle(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
