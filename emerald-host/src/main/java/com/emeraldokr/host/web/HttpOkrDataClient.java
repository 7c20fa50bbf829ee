package com.emeraldokr.host.web;

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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The host's stand-in for Confluence's application link: the same REST calls over loopback HTTP, with
 * the same time-outs and the same reading of answers, so the macros run unchanged. Like the link, it
 * calls as the viewing user (the headers it is given carry the viewer's credentials), and only ever
 * the paths {@link OkrDataPaths} builds, on the base it is given.
 */
public final class HttpOkrDataClient implements OkrDataClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<URI> base;
    private final Supplier<Map<String, String>> viewer;
    private final Messages messages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /**
     * {@code base} is read at each call, because a host on port 0 knows its port only once started;
     * {@code viewer} gives the headers that authenticate the viewing user at each call.
     */
    public HttpOkrDataClient(Supplier<URI> base, Supplier<Map<String, String>> viewer, Messages messages) {
        this.base = base;
        this.viewer = viewer;
        this.messages = messages;
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
        return base.get().resolve("/browse/" + encode(issueKey)).toString();
    }

    private <T> T get(String path, TypeReference<T> type, String subject) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.get().resolve(path)).timeout(READ_TIMEOUT)
                .header("Accept", "application/json").GET();
        viewer.get().forEach(builder::header);
        HttpRequest request = builder.build();
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
