package com.emeraldokr.host.web;

import com.emeraldokr.host.auth.HostAuthenticationFilter;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Writes each request to the {@link AccessLog}: time, method, path (without the query, which may
 * carry what users typed), status, milliseconds taken and the user ("-" for nobody). It runs
 * outside every other filter, so refusals are logged too.
 */
public final class AccessLogFilter implements Filter {

    private final AccessLog log;
    private final Clock clock;

    public AccessLogFilter(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        long started = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Object user = request.getAttribute(HostAuthenticationFilter.USER_ATTRIBUTE);
            log.write(clock.instant() + " " + request.getMethod() + " " + request.getRequestURI() + " " + status + " "
                    + millis + "ms " + (user == null ? "-" : user));
        }
    }
}
