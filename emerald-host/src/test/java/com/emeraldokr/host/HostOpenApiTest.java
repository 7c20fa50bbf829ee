package com.emeraldokr.host;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.core.rest.ObjectMapperResolver;
import com.emeraldokr.core.rest.RestResources;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the host serves describes every resource method of {@link RestResources#RESOURCES}
 * with its real request and response types and the error body: a new endpoint without its
 * {@code @Operation} and response annotations fails here.
 */
class HostOpenApiTest extends SeededHostTest {

    private static final String JSON = "application/json";
    private static final String ERROR_REF = "#/components/schemas/" + ErrorBody.class.getSimpleName();
    private static final ObjectMapper WIRE = ObjectMapperResolver.newObjectMapper();

    private JsonNode document;

    /** One resource method as the document should show it. */
    private record Endpoint(Method method, String httpMethod, String path) {
        String name() {
            return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }

        /** The parameter JAX-RS reads the body into: the one without any JAX-RS annotation. */
        Parameter entity() {
            return Arrays.stream(method.getParameters())
                    .filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName().startsWith("javax.ws.rs")))
                    .findFirst().orElse(null);
        }
    }

    @BeforeAll
    void readDocument() {
        HostHttp.Reply reply = http.get(API + "/openapi.json");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith(JSON);
        document = reply.body();
    }

    /** Every resource method of every listed resource class, from the JAX-RS annotations themselves. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = RestEndpoints.all().stream().map(d -> new Endpoint(d.method(), d.httpMethod(), d.path())).toList();
        assertThat(endpoints).hasSizeGreaterThan(RestResources.RESOURCES.size());
        return endpoints;
    }

    private JsonNode operation(Endpoint e) {
        JsonNode operation = document.path("paths").path(e.path()).path(e.httpMethod().toLowerCase());
        assertThat(operation.isObject()).as("%s is in the document", e.name()).isTrue();
        return operation;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            assertThat(ref).startsWith("#/components/schemas/");
            current = document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
            assertThat(current.isObject()).as("%s is defined", ref).isTrue();
        }
        return current;
    }

    private static boolean isEmpty(JsonNode schema) {
        return schema == null || schema.isMissingNode() || !(schema.has("$ref") || schema.has("type") || schema.has("properties")
                || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf"));
    }

    /**
     * The schema has the JSON shape Emerald's mapper gives the Java type: the same property names
     * at every level of records and beans, arrays for collections. Catches a schema of the wrong
     * type, a missing one, and two types sharing one schema name.
     */
    private void assertShape(JavaType type, JsonNode schema, String where, boolean request, Set<JavaType> seen) {
        assertThat(isEmpty(schema)).as("%s has a schema (%s)", where, type).isFalse();
        JsonNode resolved = resolve(schema);
        if (type.isCollectionLikeType() || type.isArrayType()) {
            assertThat(resolved.path("type").asText()).as("%s is an array", where).isEqualTo("array");
            assertShape(type.getContentType(), resolved.path("items"), where + "[]", request, seen);
        } else if (type.getRawClass().getName().startsWith("com.emeraldokr.") && !type.isEnumType() && seen.add(type)) {
            List<BeanPropertyDefinition> properties = request
                    ? WIRE.getDeserializationConfig().introspect(type).findProperties()
                    : WIRE.getSerializationConfig().introspect(type).findProperties();
            Set<String> names = new TreeSet<>();
            properties.forEach(p -> names.add(p.getName()));
            Set<String> documented = new TreeSet<>();
            resolved.path("properties").fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as("properties of %s (%s)", where, type.getRawClass().getName()).isEqualTo(names);
            for (BeanPropertyDefinition p : properties) {
                assertShape(p.getPrimaryType(), resolved.path("properties").path(p.getName()), where + "." + p.getName(), request, seen);
            }
        }
    }

    private JsonNode jsonSchema(JsonNode content) {
        return content.path(JSON).path("schema");
    }

    @Test
    void documentNamesTheApiItsVersionServerAndTheXsrfHeader() {
        assertThat(document.path("openapi").asText()).startsWith("3.");
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isEqualTo("Emerald REST API");
        assertThat(info.path("version").asText()).isEqualTo(buildProperty("project.version")).isNotBlank();
        assertThat(info.path("description").asText()).contains("generated from", "X-Atlassian-Token: no-check");
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo(API);
        Set<String> tags = new TreeSet<>();
        document.path("tags").forEach(t -> {
            tags.add(t.path("name").asText());
            assertThat(t.path("description").asText()).as("tag %s", t).isNotBlank();
        });
        assertThat(tags).hasSize(RestResources.RESOURCES.size());
    }

    @Test
    void yamlIsTheSameDocument() throws IOException {
        HostHttp.Reply yaml = http.get(API + "/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(new YAMLMapper().readTree(yaml.text())).isEqualTo(document);
    }

    @Test
    void theDocumentIsNoResourceAndRefusesWritesInJson() {
        HostHttp.Reply post = http.post(API + "/openapi.json", "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Content-Type")).startsWith(JSON);
    }

    @Test
    void everyResourceMethodIsExactlyOneDocumentedOperation() {
        Set<String> expected = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            assertThat(expected.add(e.httpMethod() + " " + e.path())).as("%s is unique", e.name()).isTrue();
        }
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                documented.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(documented).isEqualTo(expected);

        Set<String> operationIds = new HashSet<>();
        for (Endpoint e : endpoints()) {
            JsonNode operation = operation(e);
            assertThat(operation.path("summary").asText()).as("@Operation(summary) of %s", e.name()).isNotBlank();
            String id = operation.path("operationId").asText();
            assertThat(id).as("@Operation(operationId) of %s, not one swagger made unique", e.name())
                    .isNotBlank().doesNotMatch(".*_\\d+$");
            assertThat(operationIds.add(id)).as("operationId %s is unique", id).isTrue();
            assertThat(operation.path("tags")).as("@Tag of %s", e.method().getDeclaringClass().getSimpleName()).hasSize(1);
        }
    }

    @Test
    void everyBodyTakingOperationNamesItsRequestSchema() {
        for (Endpoint e : endpoints()) {
            JsonNode body = operation(e).path("requestBody");
            Parameter entity = e.entity();
            if (entity == null) {
                assertThat(body.isMissingNode()).as("%s takes no body", e.name()).isTrue();
                continue;
            }
            JsonNode content = body.path("content");
            assertThat(iterable(content.fieldNames())).as("media types of the body of %s", e.name()).containsExactly(JSON);
            JavaType type = WIRE.getTypeFactory().constructType(entity.getParameterizedType());
            assertThat(jsonSchema(content).has("$ref")).as("%s names its request schema", e.name()).isTrue();
            assertShape(type, jsonSchema(content), e.name() + " body", true, new HashSet<>());
        }
    }

    @Test
    void everySuccessResponseWithABodyHasItsSchema() {
        for (Endpoint e : endpoints()) {
            JsonNode responses = operation(e).path("responses");
            assertThat(responses.has("default")).as("%s has no undocumented default response", e.name()).isFalse();
            Map<String, JsonNode> success = new TreeMap<>();
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2")) {
                    success.put(r.getKey(), r.getValue());
                }
            });
            assertThat(success).as("%s documents its success", e.name()).isNotEmpty();
            boolean returnsResponse = e.method().getReturnType() == Response.class;
            for (Map.Entry<String, JsonNode> r : success.entrySet()) {
                String where = e.name() + " " + r.getKey();
                assertThat(r.getValue().path("description").asText()).as("description of %s", where).isNotBlank();
                if (r.getKey().equals("204")) {
                    assertThat(r.getValue().has("content")).as("%s has no body", where).isFalse();
                    continue;
                }
                JsonNode content = r.getValue().path("content");
                assertThat(iterable(content.fieldNames())).as("media types of %s", where).containsExactly(JSON);
                JsonNode schema = jsonSchema(content);
                assertThat(isEmpty(schema)).as("%s has a schema, not {}", where).isFalse();
                if (returnsResponse) {
                    assertThat(schema.has("$ref")).as("%s names its entity type with @Schema(implementation)", where).isTrue();
                    resolve(schema);
                } else {
                    assertThat(r.getKey()).as("%s returns its value with 200", e.name()).isEqualTo("200");
                    assertShape(WIRE.getTypeFactory().constructType(e.method().getGenericReturnType()), schema, where, false, new HashSet<>());
                }
            }
        }
    }

    @Test
    void everyOperationAnswersRefusalsWithTheErrorBody() {
        for (Endpoint e : endpoints()) {
            JsonNode responses = operation(e).path("responses");
            for (String status : List.of("400", "403", "404", "409")) {
                JsonNode schema = jsonSchema(responses.path(status).path("content"));
                assertThat(schema.path("$ref").asText()).as("%s %s", e.name(), status).isEqualTo(ERROR_REF);
            }
        }
        assertShape(WIRE.getTypeFactory().constructType(ErrorBody.class), document.at("/components/schemas/ErrorBody"),
                "ErrorBody", false, new HashSet<>());
    }

    @Test
    void apiDocsPageShowsTheDocumentInSwaggerUi() {
        HostHttp.Reply page = http.get("/api-docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("data-url=\"" + API + "/openapi.json\"");
        for (String asset : List.of("swagger-ui.css", "swagger-ui-bundle.js")) {
            String path = "/static/webjars/swagger-ui/" + buildProperty("swagger-ui.version") + "/" + asset;
            assertThat(page.text()).contains(path);
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/static/host/api-docs.js").status()).isEqualTo(200);
        assertThat(http.get("/api-docs/other").status()).isEqualTo(404);
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String buildProperty(String name) {
        try (InputStream in = EmeraldHost.class.getClassLoader().getResourceAsStream("emerald-host.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
