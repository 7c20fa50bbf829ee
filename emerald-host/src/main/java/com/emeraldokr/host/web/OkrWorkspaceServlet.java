package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /okrs[?project=KEY]}: the OKR workspace page. */
public final class OkrWorkspaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient OkrWorkspacePage page;

    public OkrWorkspaceServlet(OkrWorkspacePage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(page.html(request.getParameter("project")));
    }
}
