package com.emeraldokr.host.auth;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.core.rest.ObjectMapperResolver;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/** Writes a refusal in Emerald's REST error format from a servlet filter, where no exception mapper runs. */
final class JsonErrors {

    private static final ObjectMapper JSON = ObjectMapperResolver.newObjectMapper();

    private JsonErrors() {
    }

    /** What a refused request's body is read up to, so its connection can serve the client's next request. */
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    /** Reads and drops what is left of a refused request's body (up to {@link #DISCARD_LIMIT}). */
    static void discard(InputStream body) {
        try (InputStream in = body) {
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; read < DISCARD_LIMIT && (n = in.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException e) {
            // the connection is closed then, which is all the discarding was for
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String field, String message)
            throws IOException {
        discard(request.getInputStream());
        write(response, status, field, message);
    }

    private static void write(HttpServletResponse response, int status, String field, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        JSON.writeValue(response.getOutputStream(), ErrorBody.of(field, message));
    }
}
