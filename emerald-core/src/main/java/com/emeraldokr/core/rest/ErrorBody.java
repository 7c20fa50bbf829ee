package com.emeraldokr.core.rest;

import com.emeraldokr.core.service.FieldError;

import java.util.List;

/** The one error format of every Emerald endpoint: {@code {"errors":[{"field":…,"message":…}]}}. */
public record ErrorBody(List<FieldError> errors) {

    static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
