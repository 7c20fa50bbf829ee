package com.emeraldokr.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.emeraldokr.api.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The OKR workspace servlet over mocked SAL, web-resource and servlet objects. */
class OkrWorkspaceServletTest {

    private static final URI LOGIN = URI.create("http://jira.example.com/jira/login.jsp?os_destination=x");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider logins = mock(LoginUriProvider.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final WebResourceAssembler assembler = mock(WebResourceAssembler.class);
    private final RequiredResources required = mock(RequiredResources.class);
    private final Messages messages = mock(Messages.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final OkrWorkspaceServlet servlet = new OkrWorkspaceServlet(new OkrWorkspacePage(users, logins, pageBuilder, messages));

    @BeforeEach
    void jira() throws Exception {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(required.requireWebResource(anyString())).thenReturn(required);
        when(messages.text(OkrWorkspacePage.TITLE_KEY)).thenReturn("OKRs");
        when(logins.getLoginUri(any())).thenReturn(LOGIN);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://jira.example.com/jira/plugins/servlet/emerald/okrs"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void loggedInAs(String userKey) {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn(userKey);
        when(users.getRemoteUserKey()).thenReturn(key);
    }

    private String page() throws Exception {
        servlet.doGet(request, response);
        return body.toString();
    }

    // --- anonymous

    @Test
    void anonymousVisitorsGoToTheLoginAndComeBackToThePage() throws Exception {
        when(request.getParameter("project")).thenReturn("OKR");

        servlet.doGet(request, response);

        ArgumentCaptor<URI> back = ArgumentCaptor.forClass(URI.class);
        verify(logins).getLoginUri(back.capture());
        assertThat(back.getValue()).hasToString("http://jira.example.com/jira/plugins/servlet/emerald/okrs?project=OKR");
        verify(response).sendRedirect(LOGIN.toASCIIString());
        verify(response, never()).getWriter();
        verifyNoInteractions(pageBuilder);
    }

    @Test
    void theLoginComesBackWithoutAHostileProjectValue() throws Exception {
        when(request.getParameter("project")).thenReturn("\"><script>alert(1)</script>");

        servlet.doGet(request, response);

        ArgumentCaptor<URI> back = ArgumentCaptor.forClass(URI.class);
        verify(logins).getLoginUri(back.capture());
        assertThat(back.getValue()).hasToString("http://jira.example.com/jira/plugins/servlet/emerald/okrs");
    }

    @Test
    void aUserKeyThatIsBlankCountsAsAnonymous() throws Exception {
        loggedInAs(" ");

        servlet.doGet(request, response);

        verify(response).sendRedirect(LOGIN.toASCIIString());
    }

    @Test
    void withoutARequestUrlTheLoginComesBackToThePathUnderTheContextPath() {
        when(request.getRequestURL()).thenReturn(null);

        assertThat(OkrWorkspaceServlet.returnUri(request, Optional.of("OKR")))
                .hasToString("/jira/plugins/servlet/emerald/okrs?project=OKR");
    }

    // --- logged in

    @Test
    void aLoggedInUserGetsTheDecoratedPageWithTheRootElement() throws Exception {
        loggedInAs("JIRAUSER10000");

        String html = page();

        verify(response, never()).sendRedirect(anyString());
        verify(response, never()).setStatus(anyInt());
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\">")
                .contains("<title>OKRs</title>")
                .contains("<div id=\"emerald-okr-workspace\" data-rest-base=\"/jira/rest/emerald/1.0\""
                        + " data-browse-base=\"/jira/browse/\" data-project=\"\" data-user=\"JIRAUSER10000\"></div>");
    }

    @Test
    void thePageRequiresTheWorkspaceWebResource() throws Exception {
        loggedInAs("admin");

        page();

        verify(required).requireWebResource("com.emeraldokr.emerald-jira:okr-workspace-resources");
    }

    @Test
    void atTheRootContextTheAddressesStartAtTheRoot() throws Exception {
        loggedInAs("admin");
        when(request.getContextPath()).thenReturn("");

        assertThat(page()).contains("data-rest-base=\"/rest/emerald/1.0\"").contains("data-browse-base=\"/browse/\"");
    }

    @Test
    void aProjectKeyIsPassedOnUppercased() throws Exception {
        loggedInAs("admin");
        when(request.getParameter("project")).thenReturn(" okr_2 ");

        assertThat(page()).contains("data-project=\"OKR_2\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"><script>alert(1)</script>", "OKR\" onmouseover=\"x", "O'K", "OKR<", "1OKR", "_OKR", "OK-R",
            "ÖKR", "OKR KR", ""})
    void aHostileOrMalformedProjectIsDroppedNeverEchoed(String project) throws Exception {
        loggedInAs("admin");
        when(request.getParameter("project")).thenReturn(project);

        String html = page();

        assertThat(html).contains("data-project=\"\"").doesNotContain("<script").doesNotContain("onmouseover")
                .doesNotContain("'K");
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    void everyValueIsEscaped() throws Exception {
        loggedInAs("a\"b<c>&'d");
        when(messages.text(OkrWorkspacePage.TITLE_KEY)).thenReturn("<b>OKRs</b> & \"KPIs\"");
        when(request.getContextPath()).thenReturn("/j\"<x>");

        String html = page();

        assertThat(html).contains("<title>&lt;b&gt;OKRs&lt;/b&gt; &amp; &quot;KPIs&quot;</title>")
                .contains("data-user=\"a&quot;b&lt;c&gt;&amp;&#39;d\"")
                .contains("data-rest-base=\"/j&quot;&lt;x&gt;/rest/emerald/1.0\"")
                .contains("data-browse-base=\"/j&quot;&lt;x&gt;/browse/\"")
                .doesNotContain("<x>").doesNotContain("<b>");
    }

    // --- project keys

    @Test
    void projectKeysAreUppercaseLettersDigitsAndUnderscoresStartingWithALetter() {
        assertThat(OkrWorkspaceHtml.projectKey("OKR")).contains("OKR");
        assertThat(OkrWorkspaceHtml.projectKey("ab1_C")).contains("AB1_C");
        assertThat(OkrWorkspaceHtml.projectKey(null)).isEmpty();
        assertThat(OkrWorkspaceHtml.projectKey("  ")).isEmpty();
        assertThat(OkrWorkspaceHtml.projectKey("A".repeat(256))).isEmpty();
        assertThat(OkrWorkspaceHtml.projectKey("A".repeat(255))).isPresent();
    }
}
