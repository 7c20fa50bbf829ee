package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.error.StepFailedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The failed step and its reason, once everything the command wrote has been undone: 400 when the
 * product refused (the user can fix it), 500 when something broke.
 */
@Named
@Provider
public class StepFailedExceptionMapper implements ExceptionMapper<StepFailedException> {

    private static final Logger LOG = LoggerFactory.getLogger(StepFailedExceptionMapper.class);

    @Override
    public Response toResponse(StepFailedException e) {
        if (!e.refused()) {
            // the answer names the step only; what broke is for the administrator
            LOG.error("Emerald undid a command whose step failed: {}", e.getMessage(), e.getCause());
        }
        return ErrorResponses.of(e.refused() ? Response.Status.BAD_REQUEST : Response.Status.INTERNAL_SERVER_ERROR,
                ErrorBody.of("", e.getMessage()));
    }
}
