package com.emeraldokr.host.auth;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** What the host keeps in an HTTP session: the logged-in user's key and the token its forms carry. */
final class HostSessions {

    static final String USER_KEY = "emerald.userKey";
    static final String FORM_TOKEN = "emerald.formToken";
    /** The form field and query parameter of the token, named as Jira names it. */
    static final String TOKEN_PARAMETER = "atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HostSessions() {
    }

    /** The session's form token, created with the session when there is none. */
    static String formToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(FORM_TOKEN);
        if (token instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        session.setAttribute(FORM_TOKEN, created);
        return created;
    }

    /** Whether {@code token} is the form token of the request's existing session. */
    static boolean isFormToken(HttpServletRequest request, String token) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(FORM_TOKEN);
        return token != null && expected instanceof String s
                && MessageDigest.isEqual(s.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
