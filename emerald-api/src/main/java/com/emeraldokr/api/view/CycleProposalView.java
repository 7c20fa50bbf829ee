package com.emeraldokr.api.view;

/**
 * The cycle a new one would most likely be: the fiscal quarter after the latest cycle (or the current one when
 * the cycles lie in the past), named and dated in the organisation's fiscal calendar and time zone.
 */
public record CycleProposalView(String name, String start, String end, String timeZone) {
}
