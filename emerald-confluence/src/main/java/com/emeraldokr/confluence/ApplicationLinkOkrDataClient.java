package com.emeraldokr.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import com.emeraldokr.core.port.Messages;
import com.emeraldokr.core.port.OkrDataClient;
import com.emeraldokr.core.port.OkrDataUnavailableException;
import com.emeraldokr.core.port.OkrDataUnavailableException.Reason;
import com.emeraldokr.core.service.NotFoundException;
import com.emeraldokr.core.service.ObjectiveView;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads objectives from the Emerald REST API of the primary Jira application link, authenticated as
 * the viewing user (OAuth through the link), so Jira's permissions decide what the reader sees.
 */
@Named
public class ApplicationLinkOkrDataClient implements OkrDataClient {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 10_000;

    private final ApplicationLinkService applicationLinks;
    private final Messages messages;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    public ApplicationLinkOkrDataClient(@ComponentImport ApplicationLinkService applicationLinks, Messages messages) {
        this.applicationLinks = applicationLinks;
        this.messages = messages;
    }

    @Override
    public ObjectiveView objective(String issueKey) {
        ApplicationLink jira = jiraLink();
        String path = "/rest/emerald/1.0/objectives/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
        ApplicationLinkRequest request;
        try {
            request = jira.createAuthenticatedRequestFactory().createRequest(Request.MethodType.GET, path);
        } catch (CredentialsRequiredException e) {
            URI authorise = e.getAuthorisationURI();
            throw new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED,
                    authorise == null ? null : authorise.toString(), null, e);
        }
        request.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        request.setSoTimeout(READ_TIMEOUT_MILLIS);
        request.addHeader("Accept", "application/json");
        try {
            return request.executeAndReturn(response -> {
                int status = response.getStatusCode();
                if (status == 404) {
                    throw new NotFoundException("issueKey", messages.text("emerald.macro.error.not.found", issueKey));
                }
                if (status == 401) {
                    throw new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED, null, "HTTP 401", null);
                }
                if (status != 200) {
                    throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "HTTP " + status, null);
                }
                try {
                    return json.readValue(response.getResponseBodyAsString(), ObjectiveView.class);
                } catch (IOException e) {
                    throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "unreadable response", e);
                }
            });
        } catch (ResponseException e) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, e.getMessage(), e);
        }
    }

    @Override
    public String issueUrl(String issueKey) {
        return jiraLink().getDisplayUrl().toString().replaceAll("/+$", "") + "/browse/"
                + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }

    private ApplicationLink jiraLink() {
        ApplicationLink link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            throw new OkrDataUnavailableException(Reason.NO_JIRA_LINK, null, null, null);
        }
        return link;
    }
}
