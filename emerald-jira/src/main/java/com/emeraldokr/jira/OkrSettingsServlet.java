package com.emeraldokr.jira;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * The OKR settings admin page at {@code /plugins/servlet/emerald/settings}: anonymous visitors go to
 * Jira's login and come back, users who do not administer Jira get 403, administrators get the page.
 * The script reads and writes through {@code /rest/emerald/1.0/settings}, which checks again.
 */
public class OkrSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/plugins/servlet/emerald/settings";

    private final transient OkrSettingsAdminPage page;

    public OkrSettingsServlet(OkrSettingsAdminPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!page.loggedIn()) {
            String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
            response.sendRedirect(page.loginUri(URI.create(contextPath + PATH)).toASCIIString());
            return;
        }
        if (!page.administers()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, page.forbiddenText());
            return;
        }
        page.requireResources();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page.html(request.getContextPath()));
    }
}
