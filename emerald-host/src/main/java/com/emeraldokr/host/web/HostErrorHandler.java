package com.emeraldokr.host.web;

import org.eclipse.jetty.ee8.nested.ErrorHandler;
import org.eclipse.jetty.ee8.nested.Request;

import javax.servlet.RequestDispatcher;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Answers the servlet context's errors (a servlet's {@code sendError}, an exception out of a
 * servlet, Jersey's errors it leaves to the container) with {@link HostErrorPages} for every
 * method, instead of Jetty's own HTML page.
 */
public final class HostErrorHandler extends ErrorHandler {

    private final HostErrorPages pages;

    public HostErrorHandler(HostErrorPages pages) {
        this.pages = pages;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; a PUT or DELETE client reads the error body too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HostErrorPages.Page page = pages.page(response.getStatus(), uri instanceof String s ? s : request.getRequestURI());
        response.setContentType(page.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        ServletOutputStream out;
        try {
            out = response.getOutputStream();
        } catch (IllegalStateException writerInUse) {
            // the servlet had taken the writer before it failed; the body is text either way
            PrintWriter writer = response.getWriter();
            writer.write(new String(page.body(), StandardCharsets.UTF_8));
            writer.flush();
            return;
        }
        out.write(page.body());
    }
}
