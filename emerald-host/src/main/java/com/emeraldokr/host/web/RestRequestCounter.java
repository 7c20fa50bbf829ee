package com.emeraldokr.host.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the latest REST requests' method and path, so tests can check a gadget renders with one request.
 * A test aid: it keeps the last {@value #KEPT} only, so a host serving a long load keeps its memory.
 */
public final class RestRequestCounter implements Filter {

    /** Requests kept; older ones are dropped. */
    static final int KEPT = 1_000;

    private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            String query = http.getQueryString();
            requests.add(http.getMethod() + " " + http.getRequestURI() + (query == null ? "" : "?" + query));
            if (size.incrementAndGet() > KEPT && requests.poll() != null) {
                size.decrementAndGet();
            }
        }
        chain.doFilter(request, response);
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        while (requests.poll() != null) {
            size.decrementAndGet();
        }
    }
}
