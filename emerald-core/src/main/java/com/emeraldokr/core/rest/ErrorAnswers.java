package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the OpenAPI document: every operation of a resource class carrying this answers its refusals
 * with {@link ErrorBody}, as the exception mappers of {@link RestResources#PROVIDERS} write it.
 * swagger-core reads the {@code @ApiResponse}s of this annotation as the class's own. Inside Jira
 * the swagger annotation classes are absent and the JVM skips them; this annotation then carries nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "400", description = "Invalid input or unreadable JSON: each error names the field and the problem",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "403", description = "The current user lacks the permission for this",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "404", description = "An issue, cycle, KPI or project the request names does not exist",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "409", description = "The change conflicts with the current state: already an objective or key result, "
        + "already linked, a stale version, a closed cycle, a second active cycle",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public @interface ErrorAnswers {
}
