package com.emeraldokr.api.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * The done share of the work under a key result's linked epics. {@code epics} lists the linked
 * epics the user may browse, each with its own share; the totals count every linked epic.
 */
public record WorkCompletionView(String measure, BigDecimal done, BigDecimal total, int percent, int issues,
                                 List<String> unestimated, List<EpicView> epics) {

    /** One linked epic and the done share of the work under it. */
    public record EpicView(long issueId, String issueKey, String summary, BigDecimal done, BigDecimal total,
                           int percent, int issues) {
    }
}
