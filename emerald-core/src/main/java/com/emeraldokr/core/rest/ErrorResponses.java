package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(Response.Status status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
