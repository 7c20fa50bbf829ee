package com.emeraldokr.core.rest;

import com.emeraldokr.core.service.StepFailedException;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 500 with the failed step in the message, once everything the command wrote has been undone. */
@Named
@Provider
public class StepFailedExceptionMapper implements ExceptionMapper<StepFailedException> {

    @Override
    public Response toResponse(StepFailedException e) {
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ErrorBody.of("", e.getMessage()));
    }
}
