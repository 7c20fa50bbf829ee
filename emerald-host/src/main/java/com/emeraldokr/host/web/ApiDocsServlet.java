package com.emeraldokr.host.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code GET /api-docs/}: Swagger UI on the OpenAPI document, from the swagger-ui WebJar. */
public final class ApiDocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final String html;

    public ApiDocsServlet(String swaggerUiVersion) {
        String ui = "/static/webjars/swagger-ui/" + swaggerUiVersion + "/";
        this.html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Emerald REST API</title>
                <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                <main id="swagger-ui" data-url="%2$s/openapi.json"></main>
                <script src="%1$sswagger-ui-bundle.js"></script>
                <script src="/static/host/api-docs.js"></script>
                </body>
                </html>
                """.formatted(ui, OpenApiDocument.SERVER_PATH);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path != null && !path.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
