package com.emeraldokr.host.web;

import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.client.OkrDataResponses;
import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KpiViews.KpiView;
import com.emeraldokr.api.view.ObjectiveView;
import com.emeraldokr.api.view.OkrPlanView;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The host's stand-in for Confluence's application link: the same REST calls over loopback HTTP, with
 * the same time-outs and the same reading of answers, so the macros run unchanged.
 */
public final class HttpOkrDataClient implements OkrDataClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String API = "/rest/emerald/1.0";

    private final Supplier<URI> base;
    private final Messages messages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** {@code base} is read at each call, because a host on port 0 knows its port only once started. */
    public HttpOkrDataClient(Supplier<URI> base, Messages messages) {
        this.base = base;
        this.messages = messages;
    }

    @Override
    public ObjectiveView objective(String issueKey) {
        return get(API + "/objectives/" + encode(issueKey), new TypeReference<ObjectiveView>() { }, issueKey);
    }

    @Override
    public OkrPlanView plan(String projectKey, Long cycleId, boolean withLint) {
        return get(API + "/gadgets/okr-plan?project=" + encode(projectKey) + "&lint=" + withLint
                + (cycleId == null ? "" : "&cycleId=" + cycleId), new TypeReference<OkrPlanView>() { }, projectKey);
    }

    @Override
    public List<KpiView> kpis(String projectKey, String category) {
        return get(API + "/kpis?project=" + encode(projectKey == null ? "" : projectKey) + "&category="
                + encode(category == null ? "" : category), new TypeReference<List<KpiView>>() { }, projectKey);
    }

    @Override
    public String issueUrl(String issueKey) {
        return base.get().resolve("/browse/" + encode(issueKey)).toString();
    }

    private <T> T get(String path, TypeReference<T> type, String subject) {
        HttpRequest request = HttpRequest.newBuilder(base.get().resolve(path)).timeout(READ_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return OkrDataResponses.read(response.statusCode(), response::body, type, messages, subject);
        } catch (IOException e) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
