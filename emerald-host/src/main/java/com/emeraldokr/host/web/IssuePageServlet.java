package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /browse/{issueKey}}: the sandbox issue view with Emerald's panel. */
public final class IssuePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient IssuePage page;

    public IssuePageServlet(IssuePage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null ? "" : path.replaceFirst("^/", "").toUpperCase(Locale.ROOT);
        Optional<String> html = key.matches("[A-Z][A-Z0-9_]*-\\d+") ? page.html(key) : Optional.empty();
        if (html.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html.get());
    }
}
