package com.emeraldokr.jira;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.port.Permissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The OKR settings admin page over mocked SAL, permissions, web-resource and servlet objects. */
class OkrSettingsServletTest {

    private static final URI LOGIN = URI.create("http://jira.example.com/jira/login.jsp?os_destination=x");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider logins = mock(LoginUriProvider.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final WebResourceAssembler assembler = mock(WebResourceAssembler.class);
    private final RequiredResources required = mock(RequiredResources.class);
    private final Permissions permissions = mock(Permissions.class);
    private final Messages messages = mock(Messages.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final OkrSettingsServlet servlet = new OkrSettingsServlet(
            new OkrSettingsAdminPage(users, logins, pageBuilder, permissions, messages));

    @BeforeEach
    void jira() throws Exception {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(required.requireWebResource(anyString())).thenReturn(required);
        when(messages.text(OkrSettingsAdminPage.TITLE_KEY)).thenReturn("OKR <settings>");
        when(messages.text("emerald.settings.forbidden")).thenReturn("Only Jira administrators");
        when(logins.getLoginUri(any())).thenReturn(LOGIN);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void loggedIn(boolean administrator) {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("u1");
        when(users.getRemoteUserKey()).thenReturn(key);
        when(permissions.isAdministrator()).thenReturn(administrator);
    }

    @Test
    void anonymousVisitorsGoToTheLoginAndComeBackToTheSettings() throws Exception {
        servlet.doGet(request, response);

        verify(logins).getLoginUri(URI.create("/jira/plugins/servlet/emerald/settings"));
        verify(response).sendRedirect(LOGIN.toASCIIString());
        verify(required, never()).requireWebResource(anyString());
    }

    @Test
    void usersWhoDoNotAdministerJiraGetForbidden() throws Exception {
        loggedIn(false);

        servlet.doGet(request, response);

        verify(response).sendError(403, "Only Jira administrators");
        verify(required, never()).requireWebResource(anyString());
        assertThat(body.toString()).isEmpty();
    }

    @Test
    void administratorsGetTheAdminDecoratedPageWithTheSharedScriptsRoot() throws Exception {
        loggedIn(true);

        servlet.doGet(request, response);

        verify(required).requireWebResource("com.emeraldokr.emerald-jira:okr-settings-resources");
        verify(response, never()).sendError(anyInt(), anyString());
        assertThat(body.toString())
                .contains("<meta name=\"decorator\" content=\"admin\">")
                .contains("<meta name=\"admin.active.tab\" content=\"okr-settings-admin-link\">")
                .contains("<div id=\"emerald-okr-settings\" data-rest-base=\"/jira/rest/emerald/1.0\">")
                .contains("<title>OKR &lt;settings&gt;</title>");
    }
}
