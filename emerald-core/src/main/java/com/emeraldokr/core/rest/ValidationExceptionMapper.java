package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.error.ValidationException;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** 400 naming every invalid field. */
@Named
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException e) {
        return ErrorResponses.of(Response.Status.BAD_REQUEST, new ErrorBody(e.errors()));
    }
}
