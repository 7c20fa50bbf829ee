package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.error.ForbiddenException;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 403 when the user sees the issues but may not change them. */
@Named
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException e) {
        return ErrorResponses.of(Response.Status.FORBIDDEN, ErrorBody.of(e.field(), e.getMessage()));
    }
}
