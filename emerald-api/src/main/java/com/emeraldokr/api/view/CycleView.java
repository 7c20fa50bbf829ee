package com.emeraldokr.api.view;



/** A cycle as REST and the gadgets show it. */
public record CycleView(long id, String name, String start, String end, String timeZone, String state,
                        int elapsedPercent, long daysLeft) {
}
