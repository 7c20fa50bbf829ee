package com.emeraldokr.host.auth;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.core.rest.ObjectMapperResolver;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a refusal in Emerald's REST error format from a servlet filter, where no exception mapper runs. */
final class JsonErrors {

    private static final ObjectMapper JSON = ObjectMapperResolver.newObjectMapper();

    private JsonErrors() {
    }

    static void write(HttpServletResponse response, int status, String field, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        JSON.writeValue(response.getOutputStream(), ErrorBody.of(field, message));
    }
}
