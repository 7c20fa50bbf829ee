package com.emeraldokr.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.emeraldokr.api.client.OkrDataPaths;
import com.emeraldokr.api.i18n.BundleMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * No macro parameter makes Confluence call anything but the linked Jira's Emerald API: whatever a
 * page author types (URLs, user-info tricks, traversal plain or percent-encoded, line breaks, queries,
 * fragments), every request goes through the primary Jira application link to one of the three
 * read paths, with nothing of the parameter outside a key's syntax; a hostile value makes no request.
 */
class MacroRequestTargetsTest {

    /** The only request paths there are: relative to the link, under /rest/emerald/1.0, keys and known words only. */
    private static final Pattern ALLOWED = Pattern.compile("/rest/emerald/1\\.0/(objectives/[A-Z][A-Z0-9_]*-[1-9][0-9]*"
            + "|gadgets/okr-plan\\?project=[A-Z][A-Z0-9_]*&lint=(true|false)(&cycleId=[1-9][0-9]*)?"
            + "|kpis\\?project=([A-Z][A-Z0-9_]*)?&category=(FINANCIAL|OPERATIONAL|PEOPLE|CUSTOMER)?)");

    static final List<String> HOSTILE = List.of(
            "http://evil.example/", "https://evil.example/rest/emerald/1.0/kpis", "//evil.example/x", "@evil.example",
            "OKR-1@evil.example", "evil.example:8080", "file:///etc/passwd", "jar:http://evil.example!/",
            "../../../rest/api/2/myself", "OKR-1/../../backup", "..%2F..%2Fbackup", "%2e%2e/%2e%2e/admin", "%2E%2E%2F",
            "OKR-1%2F..%2Fbackup", "OKR-1?project=X", "OKR-1#fragment", "OKR&lint=false&cycleId=1", "OKR-1;jsessionid=x",
            "OKR-1\r\nHost: evil.example", "OKR\nX-Injected: 1", "OKR-1%0d%0aHost:%20evil", "OKR-1\u0000", "OKR-1\\..\\x",
            "\uFF2F\uFF2B\uFF32-1", "OKR-\u0661", "OKR-0", "OKR--1", "-1", "1", "OKR 1", "OKR-1 OKR-2", "<script>",
            "A".repeat(300), "OKR-" + "9".repeat(40), "FINANCIAL/../x", "financial?x");

    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink jira = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final UserManager users = mock(UserManager.class);
    private final List<String> requested = new ArrayList<>();
    private final BundleMessages messages = new BundleMessages(Locale.ENGLISH);
    private final ApplicationLinkOkrDataClient client = new ApplicationLinkOkrDataClient(links, users, messages, Clock.systemUTC());

    @BeforeEach
    void jiraIsLinked() throws Exception {
        UserKey reader = mock(UserKey.class);
        when(reader.getStringValue()).thenReturn("reader");
        when(users.getRemoteUserKey()).thenReturn(reader);
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(jira);
        when(jira.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com/"));
        when(jira.createAuthenticatedRequestFactory()).thenReturn(factory);
        Response notFound = mock(Response.class);
        when(notFound.getStatusCode()).thenReturn(404);
        when(notFound.getResponseBodyAsString()).thenReturn("{\"errors\":[{\"field\":\"issueKey\",\"message\":\"no\"}]}");
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenAnswer(i -> {
            requested.add(i.getArgument(1));
            ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
            when(request.executeAndReturn(any())).thenAnswer(e -> {
                @SuppressWarnings("unchecked")
                ReturningResponseHandler<Response, Object> handler = e.getArgument(0);
                return handler.handle(notFound);
            });
            return request;
        });
    }

    private void render(BlockMacro macro, Map<String, String> parameters) throws Exception {
        String html = macro.execute(parameters, "", null);
        assertThat(html).as("%s with %s", macro.getClass().getSimpleName(), parameters).isNotBlank();
    }

    private static Map<String, String> with(String name, String value, String... others) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < others.length; i += 2) {
            parameters.put(others[i], others[i + 1]);
        }
        parameters.put(name, value);
        return parameters;
    }

    @Test
    void everyMacroParameterValueEndsInAnEmeraldReadOfTheLinkedJira() throws Exception {
        OkrPlanMacro plan = new OkrPlanMacro(client, messages);
        OkrObjectiveMacro objective = new OkrObjectiveMacro(client, messages);
        KpiStatusMacro kpis = new KpiStatusMacro(client, messages);
        for (String value : HOSTILE) {
            render(objective, with("key", value));
            render(plan, with("project", value));
            render(plan, with("cycle", value, "project", "OKR"));
            render(plan, with("lint", value, "project", "OKR"));
            render(plan, with("show", value, "project", "OKR"));
            render(kpis, with("project", value));
            render(kpis, with("category", value));
            render(kpis, with("category", value, "project", "OKR"));
        }
        render(objective, with("key", " okr-7 "));
        render(plan, with("project", "okr", "cycle", "3", "lint", "true"));
        render(kpis, with("project", "plat", "category", "customer"));

        assertThat(requested).as("the well-formed parameters were read").contains("/rest/emerald/1.0/objectives/OKR-7",
                "/rest/emerald/1.0/gadgets/okr-plan?project=OKR&lint=true&cycleId=3",
                "/rest/emerald/1.0/kpis?project=PLAT&category=CUSTOMER");
        assertThat(requested).allSatisfy(path -> assertThat(path).matches(ALLOWED));
        verify(links, org.mockito.Mockito.atLeastOnce()).getPrimaryApplicationLink(JiraApplicationType.class);
        verifyNoMoreInteractions(links);
    }

    @Test
    void theClientItselfRefusesAnyValueOutsideTheKeySyntaxBeforeARequestExists() {
        for (String value : HOSTILE) {
            assertThatThrownBy(() -> client.objective(value)).as(value).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.plan(value, null, false)).as(value).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.kpis(value, null)).as(value).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.kpis(null, value)).as(value).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> client.plan("OKR", -1L, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(requested).isEmpty();
        assertThat(OkrDataPaths.kpis(null, null)).isEqualTo("/rest/emerald/1.0/kpis?project=&category=");
        assertThat(OkrDataPaths.plan("OKR", 7L, true)).isEqualTo("/rest/emerald/1.0/gadgets/okr-plan?project=OKR&lint=true&cycleId=7");
        assertThat(OkrDataPaths.objective("OKR-12")).isEqualTo("/rest/emerald/1.0/objectives/OKR-12");
    }
}
