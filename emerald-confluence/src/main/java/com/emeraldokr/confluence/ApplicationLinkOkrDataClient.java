package com.emeraldokr.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.client.OkrDataPaths;
import com.emeraldokr.api.client.OkrDataResponses;
import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import com.fasterxml.jackson.core.type.TypeReference;

import javax.inject.Inject;
import javax.inject.Named;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Reads from the Emerald REST API of the primary Jira application link, authenticated as the viewing
 * user (OAuth through the link), so Jira's permissions decide what the reader sees. Answers are kept
 * for a few seconds per reader.
 */
@Named
public class ApplicationLinkOkrDataClient implements OkrDataClient {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 10_000;
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final ApplicationLinkService applicationLinks;
    private final UserManager users;
    private final Messages messages;
    private final ShortLivedCache cache;

    @Inject
    public ApplicationLinkOkrDataClient(@ComponentImport ApplicationLinkService applicationLinks,
                                        @ComponentImport UserManager users, Messages messages, Clock clock) {
        this.applicationLinks = applicationLinks;
        this.users = users;
        this.messages = messages;
        this.cache = new ShortLivedCache(CACHE_TTL, clock);
    }

    @Override
    public ObjectiveView objective(String issueKey) {
        return get(OkrDataPaths.objective(issueKey), new TypeReference<ObjectiveView>() { }, issueKey);
    }

    @Override
    public OkrPlanView plan(String projectKey, Long cycleId, boolean withLint) {
        return get(OkrDataPaths.plan(projectKey, cycleId, withLint), new TypeReference<OkrPlanView>() { }, projectKey);
    }

    @Override
    public List<KpiView> kpis(String projectKey, String category) {
        return get(OkrDataPaths.kpis(projectKey, category), new TypeReference<List<KpiView>>() { }, projectKey);
    }

    @Override
    public String issueUrl(String issueKey) {
        return jiraLink().getDisplayUrl().toString().replaceAll("/+$", "") + "/browse/" + encode(issueKey);
    }

    private <T> T get(String path, TypeReference<T> type, String subject) {
        UserKey reader = users.getRemoteUserKey();
        String key = (reader == null ? "" : reader.getStringValue()) + "|" + path;
        return cache.get(key, () -> fetch(path, type, subject));
    }

    private <T> T fetch(String path, TypeReference<T> type, String subject) {
        ApplicationLinkRequest request;
        try {
            request = jiraLink().createAuthenticatedRequestFactory().createRequest(Request.MethodType.GET, path);
        } catch (CredentialsRequiredException e) {
            URI authorise = e.getAuthorisationURI();
            throw new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED,
                    authorise == null ? null : authorise.toString(), null, e);
        }
        request.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        request.setSoTimeout(READ_TIMEOUT_MILLIS);
        request.addHeader("Accept", "application/json");
        try {
            return request.executeAndReturn(response ->
                    OkrDataResponses.read(response.getStatusCode(), response::getResponseBodyAsString, type, messages, subject));
        } catch (ResponseException e) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, e.getMessage(), e);
        }
    }

    private ApplicationLink jiraLink() {
        ApplicationLink link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            throw new OkrDataUnavailableException(Reason.NO_JIRA_LINK, null, null, null);
        }
        return link;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
