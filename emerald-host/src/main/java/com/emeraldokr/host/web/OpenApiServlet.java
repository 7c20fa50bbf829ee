package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /rest/emerald/1.0/openapi.json} and {@code openapi.yaml}: the REST API's OpenAPI document. */
public final class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient OpenApiDocument document;

    public OpenApiServlet(OpenApiDocument document) {
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean yaml = request.getRequestURI().endsWith(".yaml");
        response.setContentType(yaml ? "application/yaml; charset=UTF-8" : "application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(yaml ? document.yaml() : document.json());
    }
}
