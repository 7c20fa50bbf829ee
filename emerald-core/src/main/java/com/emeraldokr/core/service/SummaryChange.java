package com.emeraldokr.core.service;

/** A new summary for an objective or key result issue. */
public record SummaryChange(String summary) {
}
