package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.error.NotFoundException;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 404 for unknown (or invisible) issues and cycles. */
@Named
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorResponses.of(Response.Status.NOT_FOUND, ErrorBody.of(e.field(), e.getMessage()));
    }
}
