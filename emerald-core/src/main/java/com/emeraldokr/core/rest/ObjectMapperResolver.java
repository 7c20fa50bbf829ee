package com.emeraldokr.core.rest;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import javax.inject.Named;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/**
 * The JSON mapping of Emerald's REST API, the same in Jira and in the host: a Jackson JSON provider
 * built without a mapper of its own asks the registered providers for this resolver. Strict on
 * input, so a misspelt or mistyped field is a 400 naming it rather than silently ignored, and
 * decimals written as plain numbers, never in exponent form.
 */
@Named
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = newObjectMapper();

    /** A fresh mapper with Emerald's settings, for code that reads or writes the API's JSON outside JAX-RS. */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // a switch is true or false: a number such as 2 is refused, not read as true
                .withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Boolean, c -> c.setCoercion(
                        com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                        com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
                .build();
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
