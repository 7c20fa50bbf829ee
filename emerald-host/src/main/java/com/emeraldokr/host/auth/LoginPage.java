package com.emeraldokr.host.auth;

import com.emeraldokr.api.render.Html;
import com.emeraldokr.host.HostText;
import com.emeraldokr.host.web.HostChrome;

import java.util.Locale;
import java.util.stream.Collectors;

/** The login form, in AUI's form markup like Jira's login page, with the demo users listed. */
public final class LoginPage {

    private final HostChrome chrome;
    private final HostText text;

    public LoginPage(Locale locale, HostChrome chrome) {
        this.chrome = chrome;
        this.text = new HostText(locale);
    }

    /** The page; {@code failed} shows the wrong-credentials message, {@code loggedOut} the logged-out one. */
    String html(String formToken, String next, boolean failed, boolean loggedOut) {
        String message = failed
                ? "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>" + text.html("emerald.host.login.failed") + "</p></div>"
                : loggedOut ? "<div class=\"aui-message aui-message-info\" role=\"status\"><p>" + text.html("emerald.host.logged.out") + "</p></div>"
                : "";
        String demo = HostUsers.DEMO_USERS.stream().map(u -> u.key() + " / " + u.password())
                .collect(Collectors.joining(", "));
        return chrome.head(text.text("emerald.host.login.title")) + """
                </head>
                <body>
                %s<main class="host-login">
                <div class="aui-page-header"><h1>%s</h1></div>
                <div class="host-page-panel host-login-panel">
                %s
                <form class="aui" method="post" action="/login">
                <input type="hidden" name="%s" value="%s">
                <input type="hidden" name="next" value="%s">
                <div class="field-group">
                <label for="login-username">%s</label>
                <input class="text" type="text" id="login-username" name="username" autocomplete="username" required autofocus>
                </div>
                <div class="field-group">
                <label for="login-password">%s</label>
                <input class="password" type="password" id="login-password" name="password" autocomplete="current-password" required>
                </div>
                <div class="buttons-container"><div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="login-submit">%s</button>
                </div></div>
                </form>
                <p class="host-login-demo">%s</p>
                </div>
                </main>
                </body>
                </html>
                """.formatted(chrome.header(HostChrome.Place.ELSEWHERE), text.html("emerald.host.login.heading"), message,
                HostSessions.TOKEN_PARAMETER, Html.escape(formToken), Html.escape(next == null ? "" : next),
                text.html("emerald.host.login.username"), text.html("emerald.host.login.password"),
                text.html("emerald.host.login.submit"), text.html("emerald.host.login.demo", demo));
    }
}
