package com.emeraldokr.jira;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The full-page OKR workspace at {@code /plugins/servlet/emerald/okrs}, optionally for one project
 * ({@code ?project=KEY}). Anonymous visitors go to Jira's login and come back; everyone else gets a
 * page Jira decorates, with the workspace script's root element. The script reads and writes
 * through Emerald's REST API, which checks every permission.
 */
public class OkrWorkspaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the servlet module is mounted, under Jira's context path. */
    static final String PATH = "/plugins/servlet/emerald/okrs";
    static final String PROJECT_PARAM = "project";

    private final transient OkrWorkspacePage page;

    public OkrWorkspaceServlet(OkrWorkspacePage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> project = OkrWorkspaceHtml.projectKey(request.getParameter(PROJECT_PARAM));
        Optional<String> user = page.currentUserKey();
        if (user.isEmpty()) {
            response.sendRedirect(page.loginUri(returnUri(request, project)).toASCIIString());
            return;
        }
        page.requireResources();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(OkrWorkspaceHtml.page(page.title(), request.getContextPath(), project, user.get()));
    }

    /**
     * This page again, as the absolute address the request came in on, keeping only a valid project
     * key, so nothing else the visitor typed reaches the login link.
     */
    static URI returnUri(HttpServletRequest request, Optional<String> project) {
        String query = project.map(k -> "?" + PROJECT_PARAM + "=" + k).orElse("");
        StringBuffer url = request.getRequestURL();
        if (url != null) {
            try {
                return URI.create(url + query);
            } catch (IllegalArgumentException e) {
                // an address the URI grammar refuses: fall back to the path under the context path
            }
        }
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        return URI.create(contextPath + PATH + query);
    }
}
