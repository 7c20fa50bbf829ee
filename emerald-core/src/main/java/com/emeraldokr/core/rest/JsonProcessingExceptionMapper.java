package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.i18n.Messages;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
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

    private static final int MAX_FIELD_LENGTH = 255;

    private final Messages messages;

    @Inject
    public JsonProcessingExceptionMapper(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        // text that is not JSON at all; the mapper may have wrapped it, naming only the enclosing object
        JsonProcessingException notJson = e instanceof JsonParseException ? e
                : e.getCause() instanceof JsonParseException p ? p : null;
        if (notJson != null && !parsedField(notJson).isEmpty()) {
            field = parsedField(notJson);
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = messages.text("emerald.error.json.unknown.field");
        } else if (!field.isEmpty() && nullValue(e)) {
            message = messages.text("emerald.error.required");
        } else if (field.isEmpty()) {
            message = messages.text("emerald.error.json.malformed");
        } else if (notJson != null) {
            message = messages.text("emerald.error.json.value");
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

    /**
     * Where the parser stood when it met what is not JSON (NaN, Infinity, a bare word as a value): the
     * field being read, such as {@code keyResults[0].start}; empty outside any field.
     */
    static String parsedField(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                field.insert(0, (field.length() == 0 || field.charAt(0) == '[' ? "" : ".")).insert(0, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                field.insert(0, field.length() == 0 || field.charAt(0) == '[' ? "" : ".").insert(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        // a path through thousands of nested arrays names nothing a person could find
        return field.length() > MAX_FIELD_LENGTH ? "" : field.toString();
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
