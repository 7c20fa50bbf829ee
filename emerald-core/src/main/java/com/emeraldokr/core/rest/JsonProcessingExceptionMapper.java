package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.i18n.Messages;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import java.util.List;

/** 400 for a body that is not JSON or does not fit the request type, naming the offending field. */
@Named
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final Messages messages;

    @Inject
    public JsonProcessingExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = messages.text("emerald.error.json.unknown.field");
        } else if (!field.isEmpty() && nullValue(e)) {
            message = messages.text("emerald.error.required");
        } else if (field.isEmpty()) {
            message = messages.text("emerald.error.json.malformed");
        } else {
            message = messages.text("emerald.error.json.type");
        }
        return ErrorResponses.of(Response.Status.BAD_REQUEST, ErrorBody.of(field, message));
    }

    /** A null where the request type has a primitive: the parser still stands on the null. */
    private static boolean nullValue(JsonProcessingException e) {
        return e instanceof MismatchedInputException && e.getProcessor() instanceof JsonParser parser
                && parser.currentToken() == JsonToken.VALUE_NULL;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
