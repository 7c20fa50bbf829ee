/* The host's /api-docs/ page: Swagger UI on the OpenAPI document its <main> names. */
(function () {
    'use strict';
    var root = document.getElementById('swagger-ui');
    window.ui = window.SwaggerUIBundle({
        url: root.getAttribute('data-url'),
        domNode: root,
        deepLinking: true
    });
}());
