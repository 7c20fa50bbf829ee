package com.emeraldokr.host.web;

import com.atlassian.confluence.macro.MacroExecutionException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /confluence/}: the sample planning page with the Emerald macros. */
public final class PlanningPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient PlanningPage page;

    public PlanningPageServlet(PlanningPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/confluence/") && !path.equals("/confluence")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String html;
        try {
            html = page.html();
        } catch (MacroExecutionException e) {
            throw new IOException("a macro failed to render", e);
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
