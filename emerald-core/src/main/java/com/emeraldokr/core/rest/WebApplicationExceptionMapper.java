package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.i18n.Messages;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (no such resource, a method or media type the resource does
 * not take) in Emerald's error format, so a client reads every 4xx and 5xx the same way. The
 * original response's headers, such as the Allow of a 405, are kept; redirects pass unchanged.
 */
@Named
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final Messages messages;

    @Inject
    public WebApplicationExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? Response.Status.INTERNAL_SERVER_ERROR.getStatusCode() : original.getStatus();
        if (original != null && status < 400) {
            return original;
        }
        Response.ResponseBuilder response = original == null ? Response.status(status) : Response.fromResponse(original);
        return response.entity(ErrorBody.of("", messages.text(messageKey(status), status)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /**
     * The message key for an HTTP error status; the host's error pages for what never reaches
     * JAX-RS use the same texts. Each message takes the status as argument {0}.
     */
    public static String messageKey(int status) {
        return switch (status) {
            case 404 -> "emerald.error.http.not.found";
            case 405 -> "emerald.error.http.method";
            case 406 -> "emerald.error.http.not.acceptable";
            case 415 -> "emerald.error.http.media.type";
            default -> status >= 500 ? "emerald.error.http.server" : "emerald.error.http.client";
        };
    }
}
