package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code PUT /host/dashboard-items/{item}/preferences}: what Jira's dashboard does when an item saves its settings;
 * only for those who may edit the shared dashboard (administrators, as for Jira's system dashboard).
 */
public final class ItemPreferencesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 16 * 1024;
    private final transient ItemPreferences preferences;
    private final transient BooleanSupplier mayEditItems;

    public ItemPreferencesServlet(ItemPreferences preferences, BooleanSupplier mayEditItems) {
        this.preferences = preferences;
        this.mayEditItems = mayEditItems;
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[2].equals("preferences")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!mayEditItems.getAsBoolean()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            preferences.save(parts[1], new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
