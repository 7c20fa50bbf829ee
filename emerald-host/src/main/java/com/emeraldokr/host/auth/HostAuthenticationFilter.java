package com.emeraldokr.host.auth;

import com.emeraldokr.host.HostText;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a request is from, as Jira's login filter does: a basic-auth header (REST clients) or
 * the HTTP session of a login, and makes them the current user while the request is served.
 * Without a user, the REST API's own access rules decide ({@code /rest/emerald/1.0/…} answers 401
 * for anything not open to anonymous users); every other REST path answers 401 in JSON, and a page
 * sends the browser to the login page. Wrong basic-auth credentials get 401 whatever the path.
 */
public final class HostAuthenticationFilter implements Filter {

    /** The request attribute naming the user key, for the access log. */
    public static final String USER_ATTRIBUTE = "emerald.user";

    private static final Set<String> OPEN_PATHS = Set.of("/login", "/status", "/favicon.ico");
    private static final String STATIC = "/static/";

    private final HostUsers users;
    private final HostAuthenticationContext context;
    private final String restApi;
    private final Set<String> restApiServletPaths;
    private final HostText text;
    private final String sessionCookieName;

    /**
     * {@code restApi} is the REST API's base path (ending in /), whose resources carry their own
     * access rules; {@code restApiServletPaths} are other servlets under it, which need a user.
     */
    public HostAuthenticationFilter(HostUsers users, HostAuthenticationContext context, String restApi,
                                    Set<String> restApiServletPaths, String sessionCookieName, Locale locale) {
        this.users = users;
        this.context = context;
        this.restApi = restApi;
        this.restApiServletPaths = Set.copyOf(restApiServletPaths);
        this.text = new HostText(locale);
        this.sessionCookieName = sessionCookieName;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = request.getRequestURI();
        String authorization = request.getHeader("Authorization");
        Optional<HostUser> user;
        String formToken = null;
        HostAuthenticationContext.Credentials credentials = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).strip());
            if (user.isEmpty()) {
                JsonErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "", text.text("emerald.host.auth.invalid"));
                return;
            }
            credentials = new HostAuthenticationContext.Credentials("Authorization", authorization);
        } else {
            user = sessionUser(request);
            if (user.isPresent()) {
                formToken = HostSessions.formToken(request);
                credentials = sessionCookie(request);
            }
        }
        if (user.isPresent()) {
            request.setAttribute(USER_ATTRIBUTE, user.get().key());
            try (HostAuthenticationContext.Scope ignored = context.enter(user.get(), formToken, credentials)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (isOpen(path) || isRestApiResource(path)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/rest/") || !isRead(request)) {
            JsonErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "", text.text("emerald.host.auth.required"));
        } else {
            String query = request.getQueryString();
            response.sendRedirect("/login?next=" + URLEncoder.encode(path + (query == null ? "" : "?" + query),
                    StandardCharsets.UTF_8));
        }
    }

    private Optional<HostUser> basic(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The session's user as stored now; a session of a user who no longer exists ends. */
    private Optional<HostUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(HostSessions.USER_KEY);
        if (!(key instanceof String userKey)) {
            return Optional.empty();
        }
        Optional<HostUser> user = users.find(userKey);
        if (user.isEmpty()) {
            session.invalidate();
        }
        return user;
    }

    /** The session cookie as the browser sent it (its value is the server's extended session id). */
    private HostAuthenticationContext.Credentials sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
            if (cookie.getName().equals(sessionCookieName)) {
                return new HostAuthenticationContext.Credentials("Cookie", cookie.getName() + "=" + cookie.getValue());
            }
        }
        return null;
    }

    private static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || path.startsWith(STATIC);
    }

    private boolean isRestApiResource(String path) {
        return path.startsWith(restApi) && !restApiServletPaths.contains(path);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
