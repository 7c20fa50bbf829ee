package com.emeraldokr.api.error;

import com.emeraldokr.api.error.FieldError;

import java.util.List;

/** The one error format of every Emerald endpoint: {@code {"errors":[{"field":…,"message":…}]}}. */
public record ErrorBody(List<FieldError> errors) {

    public static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
