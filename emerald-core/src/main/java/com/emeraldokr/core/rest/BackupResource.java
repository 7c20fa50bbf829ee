package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.emeraldokr.api.backup.BackupDocument;
import com.emeraldokr.core.service.backup.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/emerald/1.0/backup}: all Emerald data as one JSON document, and its restore into an
 * empty instance. For moving between instances; Jira's own XML backup covers AO within one.
 */
@Tag(name = "backup", description = "All Emerald data as one JSON document, and its restore into an empty instance (administrators)")
@ErrorAnswers
@Named
@Path("backup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final BackupService backups;

    @Inject
    public BackupResource(BackupService backups) {
        this.backups = backups;
    }

    @AdminOnly
    @GET
    @Operation(operationId = "exportBackup", summary = "Export all Emerald data as one JSON document")
    @ApiResponse(responseCode = "200", description = "The backup document, as the attachment emerald-backup.json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupDocument.class)))
    public Response export() {
        return Response.ok(backups.export())
                .header("Content-Disposition", "attachment; filename=\"emerald-backup.json\"").build();
    }

    /** Checks the whole document first; writes everything in one transaction or nothing. */
    @AdminOnly
    @POST
    @Path("restore")
    @Operation(operationId = "restoreBackup", summary = "Restore a backup document into an empty instance; all or nothing")
    @ApiResponse(responseCode = "200", description = "What was restored", useReturnTypeSchema = true)
    public BackupDocument.RestoreSummary restore(BackupDocument document) {
        return backups.restore(document);
    }
}
