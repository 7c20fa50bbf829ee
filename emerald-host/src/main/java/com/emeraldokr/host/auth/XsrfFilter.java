package com.emeraldokr.host.auth;

import com.emeraldokr.host.HostText;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's XSRF rule for REST, strictly: a request that changes something (POST, PUT, DELETE, PATCH)
 * must carry {@code X-Atlassian-Token: no-check}, which a cross-site form or image cannot send, or the
 * session's form token as {@code atl_token} in its query; anything else gets 403 in JSON before it
 * reaches a resource. The filter is mapped to the paths it guards.
 */
public final class XsrfFilter implements Filter {

    public static final String HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HostText text;

    public XsrfFilter(Locale locale) {
        this.text = new HostText(locale);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        if (READS.contains(request.getMethod()) || NO_CHECK.equals(request.getHeader(HEADER))
                || HostSessions.isFormToken(request, queryToken(request.getQueryString()))) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        JsonErrors.write(request, (HttpServletResponse) servletResponse, HttpServletResponse.SC_FORBIDDEN, HEADER,
                text.text("emerald.host.auth.xsrf"));
    }

    /** The atl_token of the query string, read without touching the body (a JSON body stays for the resource). */
    static String queryToken(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(HostSessions.TOKEN_PARAMETER)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
