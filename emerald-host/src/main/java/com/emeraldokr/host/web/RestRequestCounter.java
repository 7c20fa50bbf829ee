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

/** Records each REST request's method and path, so tests can check a gadget renders with one request. */
public final class RestRequestCounter implements Filter {

    private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            String query = http.getQueryString();
            requests.add(http.getMethod() + " " + http.getRequestURI() + (query == null ? "" : "?" + query));
        }
        chain.doFilter(request, response);
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
    }
}
