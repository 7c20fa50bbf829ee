package com.emeraldokr.api.request;

/** Request to create a cycle. Fields are raw so that each missing or malformed one can be reported. */
public record NewCycle(String name, String start, String end, String timeZone, String state) {
}
