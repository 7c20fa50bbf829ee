package com.emeraldokr.api.request;

/** A new summary for an objective or key result issue. */
public record SummaryChange(String summary) {
}
