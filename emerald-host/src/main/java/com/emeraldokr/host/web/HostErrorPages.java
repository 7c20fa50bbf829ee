package com.emeraldokr.host.web;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.core.rest.ObjectMapperResolver;
import com.emeraldokr.core.rest.WebApplicationExceptionMapper;
import com.emeraldokr.host.HostText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The body of every error the host answers outside Jersey: under {@code /rest/} Emerald's JSON error
 * body with the same message as the REST API's own, so a client never meets an HTML page there;
 * elsewhere a small page of the host's, naming no server software or version.
 */
public final class HostErrorPages {

    /** One error answer. */
    public record Page(String contentType, byte[] body) {
    }

    private static final String REST = "/rest/";
    private final ObjectMapper json = ObjectMapperResolver.newObjectMapper();
    private final Locale locale;
    private final BundleMessages emerald;
    private final HostText host;

    public HostErrorPages(Locale locale) {
        this.locale = locale;
        this.emerald = new BundleMessages(locale);
        this.host = new HostText(locale);
    }

    /** The answer for a status to a request for {@code path}, or for an unknown path when it is null. */
    public Page page(int status, String path) {
        if (path != null && (path.startsWith(REST) || path.equals("/rest"))) {
            return new Page("application/json", json(status));
        }
        return new Page("text/html; charset=UTF-8", html(status).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] json(int status) {
        try {
            return json.writeValueAsBytes(ErrorBody.of("", emerald.text(WebApplicationExceptionMapper.messageKey(status), status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body always serialises", e);
        }
    }

    private String html(int status) {
        String message = status == 404 ? host.html("emerald.host.error.not.found") : host.html("emerald.host.error.other", status);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title>
                <link rel="stylesheet" href="/static/host/aui/aui-prototyping.css">
                <link rel="stylesheet" href="/static/host/host-chrome.css"></head>
                <body><main><h1>%s</h1><p><a href="/">%s</a></p></main></body>
                </html>
                """.formatted(Html.escape(locale.toLanguageTag()), host.html("emerald.host.error.title", status), message,
                host.html("emerald.host.error.home"));
    }
}
