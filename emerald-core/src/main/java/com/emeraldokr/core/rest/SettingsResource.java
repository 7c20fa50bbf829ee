package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.service.settings.SettingsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /rest/emerald/1.0/settings}: the instance's OKR settings, for administrators. */
@Tag(name = "settings", description = "Thresholds, status bands, fiscal year, check-in cadence, alignment roll-up and time zone")
@ErrorAnswers
@Named
@Path("settings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;

    @Inject
    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @AdminOnly
    @GET
    @Operation(operationId = "getSettings", summary = "The OKR settings: thresholds, status bands, fiscal year, cadence, roll-up, time zone")
    @ApiResponse(responseCode = "200", description = "The settings", useReturnTypeSchema = true)
    public OkrSettingsDocument settings() {
        return settings.current();
    }

    @AdminOnly
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSettings", summary = "Change the OKR settings; fields left out keep their value")
    @ApiResponse(responseCode = "200", description = "The settings as saved", useReturnTypeSchema = true)
    public OkrSettingsDocument change(OkrSettingsDocument request) {
        return settings.change(request);
    }
}
