package com.emeraldokr.api.client;

import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;

import java.util.List;

/**
 * Reads OKR and KPI data from Jira for a product that does not hold it (Confluence), as the viewing
 * user, so Jira's permissions decide what the reader sees. Every method throws
 * {@link com.emeraldokr.api.error.NotFoundException} when Jira has no such thing visible to the
 * user and {@link OkrDataUnavailableException} when Jira cannot be asked.
 */
public interface OkrDataClient {

    ObjectiveView objective(String issueKey);

    /** A project's objectives of a cycle (the current one when {@code cycleId} is null). */
    OkrPlanView plan(String projectKey, Long cycleId, boolean withLint);

    /** KPIs, optionally of one project and one category. */
    List<KpiView> kpis(String projectKey, String category);

    /** Where a reader opens an issue in Jira. */
    String issueUrl(String issueKey);
}
