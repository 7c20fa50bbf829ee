package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/** {@code GET /}: the dashboard page with the items' saved preferences; anything else under / is not found. */
public final class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient DashboardPage page;
    private final transient ItemPreferences preferences;
    private final transient BooleanSupplier mayEditItems;

    /** {@code mayEditItems}: whether the current user may change the items' settings. */
    public DashboardServlet(DashboardPage page, ItemPreferences preferences, BooleanSupplier mayEditItems) {
        this.page = page;
        this.preferences = preferences;
        this.mayEditItems = mayEditItems;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.equals("/secure/Dashboard.jspa")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(page.html(preferences.all(), mayEditItems.getAsBoolean()));
    }
}
