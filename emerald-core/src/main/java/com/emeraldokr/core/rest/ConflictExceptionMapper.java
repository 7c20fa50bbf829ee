package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.ErrorBody;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 409 when a request collides with stored data. */
@Named
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return ErrorResponses.of(Response.Status.CONFLICT, ErrorBody.of(e.field(), e.getMessage()));
    }
}
