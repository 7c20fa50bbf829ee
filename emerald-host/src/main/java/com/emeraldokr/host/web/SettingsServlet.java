package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /settings}: the OKR settings page (the REST API it calls checks that the user administers). */
public final class SettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient SettingsPage page;

    public SettingsServlet(SettingsPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(page.html());
    }
}
