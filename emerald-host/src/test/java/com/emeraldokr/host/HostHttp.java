package com.emeraldokr.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A small JSON client for a host under test, authenticated as a REST client would be: basic auth
 * (the demo administrator unless told otherwise) and Jira's XSRF header on every request.
 */
final class HostHttp {

    record Reply(int status, JsonNode body, String text, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** Headers sent with every request: name, value, name, value… */
    private final String[] always;

    /** The demo's Jira administrator. */
    HostHttp(int port) {
        this(port, "admin", "admin", true);
    }

    private HostHttp(int port, String user, String password, boolean xsrfHeader) {
        this.base = "http://localhost:" + port;
        List<String> headers = new ArrayList<>();
        if (user != null) {
            headers.add("Authorization");
            headers.add("Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (xsrfHeader) {
            headers.add("X-Atlassian-Token");
            headers.add("no-check");
        }
        this.always = headers.toArray(String[]::new);
    }

    /** A client logged in as {@code user} (basic auth), sending the XSRF header. */
    static HostHttp as(int port, String user, String password) {
        return new HostHttp(port, user, password, true);
    }

    /** A client without credentials (it still sends the XSRF header, so refusals are about the login). */
    static HostHttp anonymous(int port) {
        return new HostHttp(port, null, null, true);
    }

    /** A client logged in as {@code user} that does not send the XSRF header. */
    static HostHttp withoutXsrfHeader(int port, String user, String password) {
        return new HostHttp(port, user, password, false);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Any method, headers given as name, value, name, value…; a null body sends none. */
    Reply request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        if (always.length > 0) {
            request.headers(always);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                body = JSON.readTree(response.body());
            }
            return new Reply(response.statusCode(), body, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
