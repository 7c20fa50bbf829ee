package com.emeraldokr.host.auth;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /login} shows the form; {@code POST /login} checks its token and the credentials, then
 * starts a new session for the user (a new id, so a session fixed before the login is worth nothing)
 * and goes on to {@code next}, a path of this host only.
 */
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient HostUsers users;
    private final transient LoginPage page;

    public LoginServlet(HostUsers users, LoginPage page) {
        this.users = users;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, HttpServletResponse.SC_OK, false, request.getParameter("logged-out") != null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!HostSessions.isFormToken(request, request.getParameter(HostSessions.TOKEN_PARAMETER))) {
            // an expired or forged form: show a fresh one
            render(request, response, HttpServletResponse.SC_FORBIDDEN, true, false);
            return;
        }
        Optional<HostUser> user = users.authenticate(request.getParameter("username"), request.getParameter("password"));
        if (user.isEmpty()) {
            render(request, response, HttpServletResponse.SC_UNAUTHORIZED, true, false);
            return;
        }
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(HostSessions.USER_KEY, user.get().key());
        HostSessions.formToken(request);
        response.sendRedirect(localPath(request.getParameter("next")));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, boolean failed,
                        boolean loggedOut) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.getWriter().write(page.html(HostSessions.formToken(request), localPath(request.getParameter("next")),
                failed, loggedOut));
    }

    /** {@code next} when it is a path on this host, else the dashboard: a login never sends anyone elsewhere. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return next;
    }
}
