package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * Anything no other mapper answers, such as a database failure: a generic JSON 500. The exception's
 * message and type stay in the server log, under a reference the answer gives, because they can
 * carry SQL, table names and class names that are nobody's business outside the server.
 */
@Named
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final Messages messages;

    @Inject
    public UnexpectedExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Emerald could not answer a request (reference {})", reference, e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR,
                ErrorBody.of("", messages.text("emerald.error.unexpected", reference)));
    }
}
