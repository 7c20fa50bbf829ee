package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/** {@code GET /status}, like Jira's: RUNNING once the host serves requests, STARTING (503) before. */
public final class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient BooleanSupplier running;

    public StatusServlet(BooleanSupplier running) {
        this.running = running;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = running.getAsBoolean();
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"RUNNING\"}" : "{\"status\":\"STARTING\"}");
    }
}
