package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Function;

/**
 * A host page written whole by {@code page} from the request: the OKR workspace ({@code /okrs[?project=KEY]}),
 * the settings page ({@code /settings}; the REST API it calls checks that the user administers).
 */
public final class HtmlPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Function<HttpServletRequest, String> page;

    public HtmlPageServlet(Function<HttpServletRequest, String> page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(page.apply(request));
    }
}
