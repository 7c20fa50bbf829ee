package com.emeraldokr.host.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Answers the errors Jetty raises before a request reaches the servlet context (a request it
 * cannot parse, a header too large) with {@link HostErrorPages} instead of Jetty's own page.
 */
public final class HostServerErrorHandler extends ErrorHandler {

    private final HostErrorPages pages;

    public HostServerErrorHandler(HostErrorPages pages) {
        this.pages = pages;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; a PUT or DELETE client reads the error body too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HostErrorPages.Page page = pages.page(response.getStatus(), request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, "HEAD".equals(request.getMethod()) ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(page.body()), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        HostErrorPages.Page page = pages.page(status, null);
        fields.put(HttpHeader.CONTENT_TYPE, page.contentType());
        return ByteBuffer.wrap(page.body());
    }
}
