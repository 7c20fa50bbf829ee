package com.emeraldokr.api.request;

/**
 * Request to rename or re-date a cycle. A field left out (null) keeps its value; a field given obeys
 * the same rules as when creating a cycle. The state changes through activate and close only.
 */
public record UpdateCycle(String name, String start, String end, String timeZone) {
}
