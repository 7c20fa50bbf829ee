package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves web resources from the class path under {@code /static/}: the gadget's own files from
 * emerald-core (exactly what the Jira jar ships), the host's page assets and the jQuery WebJar.
 */
public final class ClasspathResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ROOTS = Map.of(
            "emerald-web/", "emerald-web/",
            "host/", "host-web/",
            "webjars/", "META-INF/resources/webjars/");
    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "map", "application/json",
            "woff", "font/woff",
            "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String resource = resolve(path);
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (resource == null || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(extension));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The class path location for a request path, or null when it lies outside the served roots. */
    static String resolve(String path) {
        if (path.contains("..") || path.contains("//") || path.contains("\\")) {
            return null;
        }
        for (Map.Entry<String, String> root : ROOTS.entrySet()) {
            if (path.startsWith(root.getKey())) {
                return root.getValue() + path.substring(root.getKey().length());
            }
        }
        return null;
    }
}
