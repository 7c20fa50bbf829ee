package com.emeraldokr.host.web;

import com.emeraldokr.core.rest.RestResources;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;

/**
 * The OpenAPI document of Emerald's REST API, read by swagger-core's JAX-RS reader from the resource
 * classes of {@link RestResources#RESOURCES} and their annotations: the same classes Jira serves, so
 * the document cannot drift from them. Built once per JVM, on first use.
 */
public final class OpenApiDocument {

    /** Where the resources are served, in the product and in the host. */
    public static final String SERVER_PATH = "/rest/emerald/1.0";

    static final String DESCRIPTION = """
            OKRs and KPIs for Jira and Confluence Data Center. This document is generated from Emerald's \
            JAX-RS resource classes, the same ones Jira serves under `/rest/emerald/1.0`.

            Bodies are JSON (`Content-Type: application/json`); fields a request body does not define are \
            refused. Every refusal has the error body `{"errors":[{"field":…,"message":…}]}`, naming each problem.

            In Jira and Confluence, requests run as the logged-in user, who must be a licensed user \
            (an administrator where an operation says so). The products check requests that change data \
            against cross-site request forgery: send `X-Atlassian-Token: no-check` with every POST, PUT and \
            DELETE, as Emerald's own pages do. The embedded host does not check the header.
            """;

    private static OpenApiDocument built;

    private final OpenAPI api;
    private final String json;
    private final String yaml;

    private OpenApiDocument(String version) {
        ModelConverters.getInstance(false).addConverter(new ModelResolver(Json.mapper(), new NestedTypeNames()));
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Emerald REST API").version(version).description(DESCRIPTION))
                .servers(List.of(new Server().url(SERVER_PATH)
                        .description("below the base URL of Jira, Confluence or the host, e.g. http://localhost:2990")));
        OpenAPI read = new Reader(new SwaggerConfiguration().openAPI(base)).read(new LinkedHashSet<>(RestResources.RESOURCES));
        // a stable order for readers and diffs: paths, each operation's responses by status, schemas by name
        Paths sorted = new Paths();
        new TreeMap<>(read.getPaths()).forEach(sorted::addPathItem);
        read.setPaths(sorted);
        sorted.values().forEach(path -> path.readOperations().forEach(operation -> {
            ApiResponses responses = new ApiResponses();
            new TreeMap<>(operation.getResponses()).forEach(responses::addApiResponse);
            operation.setResponses(responses);
        }));
        if (read.getComponents() != null && read.getComponents().getSchemas() != null) {
            read.getComponents().setSchemas(new TreeMap<>(read.getComponents().getSchemas()));
        }
        this.api = read;
        try {
            this.json = Json.pretty().writeValueAsString(read);
            this.yaml = Yaml.pretty().writeValueAsString(read);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document does not serialise", e);
        }
    }

    /** The document for this build's version; read from the resource classes on the first call. */
    public static synchronized OpenApiDocument of(String version) {
        if (built == null) {
            built = new OpenApiDocument(version);
        } else if (!built.api.getInfo().getVersion().equals(version)) {
            throw new IllegalStateException("OpenAPI document built for " + built.api.getInfo().getVersion() + ", not " + version);
        }
        return built;
    }

    public String json() {
        return json;
    }

    public String yaml() {
        return yaml;
    }

    /**
     * Names a nested type after its enclosing types ({@code NewOkr.KeyResult},
     * {@code BackupDocument.KeyResult}), so two nested records of one simple name stay two schemas.
     */
    private static final class NestedTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            return outer == null ? super.getNameOfClass(cls) : getNameOfClass(outer) + "." + super.getNameOfClass(cls);
        }
    }
}
