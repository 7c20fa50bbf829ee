package com.emeraldokr.api.error;

/** One problem with one field of a request; {@code field} is a JSON path such as {@code keyResults[1].target}. */
public record FieldError(String field, String message) {
}
