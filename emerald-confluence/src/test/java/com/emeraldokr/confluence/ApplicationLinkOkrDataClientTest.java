package com.emeraldokr.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.ObjectiveView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ApplicationLinkOkrDataClientTest {

    private static final String OBJECTIVE_JSON = """
            {"issueId":1,"issueKey":"OKR-1","summary":"Fast feedback","cycleId":7,"commitment":"COMMITTED",
             "progress":0.5,"percent":50,"score":0.5,"grade":"YELLOW","status":"ON_TRACK","keyResults":[],
             "addedInALaterVersion":true}""";

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink jira = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final Response response = mock(Response.class);
    private final UserManager users = mock(UserManager.class);
    private final UserKey alice = mock(UserKey.class);
    private final UserKey bob = mock(UserKey.class);
    private final MutableClock clock = new MutableClock();
    private final ApplicationLinkOkrDataClient client =
            new ApplicationLinkOkrDataClient(links, users, new BundleMessages(Locale.ENGLISH), clock);

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void jiraIsLinked() throws Exception {
        when(alice.getStringValue()).thenReturn("alice");
        when(bob.getStringValue()).thenReturn("bob");
        when(users.getRemoteUserKey()).thenReturn(alice);
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jira);
        when(jira.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com/"));
        when(jira.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(Request.MethodType.GET, "/rest/emerald/1.0/objectives/OKR-1")).thenReturn(request);
        when(request.executeAndReturn(any())).thenAnswer(i -> {
            @SuppressWarnings("unchecked")
            ReturningResponseHandler<Response, Object> handler = i.getArgument(0);
            return handler.handle(response);
        });
    }

    @Test
    void readsTheObjectiveAsTheViewingUserWithTimeouts() throws Exception {
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsString()).thenReturn(OBJECTIVE_JSON);

        ObjectiveView objective = client.objective("OKR-1");

        assertThat(objective.summary()).isEqualTo("Fast feedback");
        assertThat(objective.percent()).isEqualTo(50);
        verify(request).setConnectionTimeout(ApplicationLinkOkrDataClient.CONNECT_TIMEOUT_MILLIS);
        verify(request).setSoTimeout(ApplicationLinkOkrDataClient.READ_TIMEOUT_MILLIS);
        assertThat(client.issueUrl("OKR-1")).isEqualTo("https://jira.example.com/browse/OKR-1");
    }

    @Test
    void answersAreKeptBrieflyPerReader() throws Exception {
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsString()).thenReturn(OBJECTIVE_JSON);
        client.objective("OKR-1");
        client.objective("OKR-1");
        verify(request, times(1)).executeAndReturn(any());
        when(users.getRemoteUserKey()).thenReturn(bob);
        client.objective("OKR-1");
        verify(request, times(2)).executeAndReturn(any());
        clock.advance(ApplicationLinkOkrDataClient.CACHE_TTL.plusSeconds(1));
        client.objective("OKR-1");
        verify(request, times(3)).executeAndReturn(any());
    }

    @Test
    void plansAndKpisComeFromTheirReadEndpoints() throws Exception {
        ApplicationLinkRequest planRequest = mock(ApplicationLinkRequest.class);
        when(factory.createRequest(Request.MethodType.GET, "/rest/emerald/1.0/gadgets/okr-plan?project=OKR&lint=true&cycleId=7"))
                .thenReturn(planRequest);
        when(planRequest.executeAndReturn(any())).thenAnswer(i -> {
            @SuppressWarnings("unchecked")
            ReturningResponseHandler<Response, Object> handler = i.getArgument(0);
            return handler.handle(response);
        });
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsString()).thenReturn("{\"cycle\":null,\"objectives\":[],\"findings\":[]}");
        assertThat(client.plan("OKR", 7L, true).objectives()).isEmpty();

        ApplicationLinkRequest kpiRequest = mock(ApplicationLinkRequest.class);
        when(factory.createRequest(Request.MethodType.GET, "/rest/emerald/1.0/kpis?project=&category=CUSTOMER")).thenReturn(kpiRequest);
        when(kpiRequest.executeAndReturn(any())).thenAnswer(i -> {
            @SuppressWarnings("unchecked")
            ReturningResponseHandler<Response, Object> handler = i.getArgument(0);
            return handler.handle(response);
        });
        when(response.getResponseBodyAsString()).thenReturn("[]");
        assertThat(client.kpis(null, "CUSTOMER")).isEmpty();
    }

    @Test
    void noJiraLinkIsReported() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);
        assertThatThrownBy(() -> client.objective("OKR-1"))
                .isInstanceOfSatisfying(OkrDataUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_JIRA_LINK));
    }

    @Test
    void missingCredentialsAskTheReaderToAuthorise() throws Exception {
        CredentialsRequiredException credentials = mock(CredentialsRequiredException.class);
        when(credentials.getAuthorisationURI()).thenReturn(URI.create("https://confluence.example.com/authorize"));
        when(factory.createRequest(Request.MethodType.GET, "/rest/emerald/1.0/objectives/OKR-1")).thenThrow(credentials);
        assertThatThrownBy(() -> client.objective("OKR-1"))
                .isInstanceOfSatisfying(OkrDataUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.AUTHORISATION_REQUIRED);
                    assertThat(e.authorisationUrl()).isEqualTo("https://confluence.example.com/authorize");
                });
    }

    @Test
    void notFoundInJiraIsNotFound() {
        when(response.getStatusCode()).thenReturn(404);
        assertThatThrownBy(() -> client.objective("OKR-1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void jiraErrorsTimeoutsAndGarbageAreUnavailable() throws Exception {
        when(response.getStatusCode()).thenReturn(503);
        assertThatThrownBy(() -> client.objective("OKR-1"))
                .isInstanceOfSatisfying(OkrDataUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JIRA_UNAVAILABLE));

        clock.advance(Duration.ofMinutes(1));
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsString()).thenReturn("<html>login</html>");
        assertThatThrownBy(() -> client.objective("OKR-1"))
                .isInstanceOfSatisfying(OkrDataUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JIRA_UNAVAILABLE));

        clock.advance(Duration.ofMinutes(1));
        ResponseException timeout = mock(ResponseException.class);
        doThrow(timeout).when(request).executeAndReturn(any());
        assertThatThrownBy(() -> client.objective("OKR-1"))
                .isInstanceOfSatisfying(OkrDataUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JIRA_UNAVAILABLE));
    }
}
