package com.emeraldokr.host;

import com.emeraldokr.core.rest.RestResources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;


import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile requests against every endpoint of the API, enumerated from the OpenAPI
 * document the host serves (and checked against {@link RestResources}, so a new endpoint is covered
 * without touching this test): malformed and huge bodies, wrong types, NaN and Infinity, numbers and
 * dates out of range, unknown enum names, hostile ids, issue keys and periods, wrong content types.
 * No answer is a server error, every 400 is Emerald's error body naming its field, no body shows a
 * stack trace, SQL or a Java class, and the whole export reads the same before and after.
 */
class HostHostileInputTest extends SeededHostTest {

    /** The corpus must not shrink below this without someone noticing. */
    static final int MIN_REQUESTS = 600;

    private static final String JSON = "application/json";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** What a stack trace, an SQL error or a Java class name looks like in a body. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+|exception|java\\.|javax\\.|org\\.h2|org\\.postgresql|net\\.java\\.ao|"
                    + "com\\.emeraldokr|com\\.fasterxml|org\\.glassfish|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|sqlstate|"
                    + "constraint|\\bAO_[0-9A-F]{6}_)");

    private static final String HUGE = "x".repeat(100_000);
    /** Encoded slashes, backslashes and NULs are left out: Jetty refuses such a URI before any servlet sees it. */
    private static final List<String> HOSTILE_PATH_VALUES = List.of(
            "abc", "-1", "0", "99999999999999999999", "1.5", "1e3", "NaN", "%3Cscript%3Ealert(1)%3C%3Bscript%3E",
            "%27%20OR%20%271%27%3D%271", "NOPE-1", "SHOP-99999999999999999999", "A".repeat(300), "%C3%86%C3%98%C3%85-1",
            "10000-W01", "0000-01", "2026-W99", "2026-13", "%20");
    private static final List<String> HOSTILE_QUERY_VALUES = List.of(
            "abc", "-1", "0", "99999999999999999999", "NaN", "%3Cscript%3E", "%27%20OR%201%3D1", "A".repeat(300), "10000-01-01");
    private static final List<String> MALFORMED_BODIES = List.of(
            "{", "}", "[]", "\"text\"", "42", "{\"a\":}", "{'single':'quotes'}", "{\"x\":1,}", "not json at all",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"nested\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001),
            "{\"huge\":\"" + "y".repeat(5_000_000) + "\"}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x");
    private static final List<String> NUMBER_VALUES = List.of(
            "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "123456789012345678901234567890",
            "0.00000000000000000000000000001", "\"abc\"", "{}", "[]", "true");
    private static final List<String> INTEGER_VALUES = List.of(
            "1e400", "3000000000", "-3000000000", "99999999999999999999", "\"abc\"", "{}", "[]", "NaN");
    private static final List<String> STRING_VALUES = List.of(
            json(HUGE), "{}", "[]", "{\"a\":[1,2,3]}");
    private static final List<String> BOOLEAN_VALUES = List.of("\"maybe\"", "2", "{}", "[]");
    private static final List<String> ARRAY_VALUES = List.of("{}", "\"x\"", "[null]", "[" + "{},".repeat(2_000) + "{}]");
    private static final List<String> ENUM_VALUES = List.of("\"NOPE\"", "\"\"", "\"committed; DROP TABLE x\"", json("E".repeat(300)));
    private static final List<String> DATE_VALUES = List.of(
            "\"10000-01-01\"", "\"+10000-01-01\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"3000-01-01\"", "\"-0001-06-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"01/02/2026\"",
            "\"+10000-01-01T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "\"yesterday\"");
    private static final List<String> KEY_VALUES = List.of(
            "\"<script>alert(1)</script>\"", "\"' OR '1'='1\"", json("K".repeat(300)), "\"../../etc/passwd\"", "\"NOPE-0\"",
            "\"SHOP-99999999999999999999\"", "\"\\u0000\"");
    private static final Set<String> ENUM_FIELDS = Set.of("kind", "commitment", "direction", "cadence", "category", "timing",
            "state", "aggregate", "mode", "statusMode", "progressMode");
    private static final Set<String> DATE_FIELDS = Set.of("start", "end", "targetDate", "at", "exportedAt", "recordedAt", "frozenAt");
    private static final Set<String> KEY_FIELDS = Set.of("issueKey", "epicKey", "objectiveIssueKey", "keyResultIssueKey",
            "parentIssueKey", "projectKey");

    private JsonNode document;
    private final Map<String, String> validPathValues = new LinkedHashMap<>();
    /** Valid bodies of the endpoints whose hostile fields are tried one at a time inside an otherwise valid request. */
    private final Map<String, ObjectNode> validBodies = new LinkedHashMap<>();
    private int requests;
    private final List<String> problems = new ArrayList<>();

    @Test
    void noHostileRequestBreaksTheServerLeaksInternalsOrChangesData() {
        HostHttp.Reply openApi = http.get(API + "/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        document = openApi.body();
        assertThat(operations()).as("the document lists every endpoint of RestResources").containsAll(declaredEndpoints());
        findValidPathValues();
        findValidBodies();
        String before = export();

        for (String operation : operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            JsonNode op = document.path("paths").path(template).path(method.toLowerCase());
            boolean takesBody = op.has("requestBody");
            hostilePathValues(method, template, takesBody);
            hostileQueryValues(method, template, op);
            send(method, filled(template), takesBody ? "{}" : null, JSON, "application/xml", false);
            if (takesBody) {
                hostileBodies(method, filled(template), op, validBodies.get(operation));
            }
        }

        System.out.println("Hostile input corpus: " + requests + " requests over " + operations().size() + " endpoints");
        assertThat(problems).as("answers that break the rules").isEmpty();
        assertThat(requests).as("hostile requests sent").isGreaterThanOrEqualTo(MIN_REQUESTS);
        assertThat(export()).as("the export after the corpus").isEqualTo(before);
    }

    /** "GET /cycles/{id}" for every operation of the document, sorted. */
    private Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> operations.add(m.toUpperCase() + " " + path.getKey()));
        }
        return operations;
    }

    /** The same, from the JAX-RS annotations of the listed resources. */
    private static Set<String> declaredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        RestEndpoints.all().forEach(e -> endpoints.add(e.httpMethod() + " " + e.path()));
        return endpoints;
    }

    /** Ids and keys that exist in the demo company, so that hostile bodies reach the validators. */
    private void findValidPathValues() {
        for (JsonNode cycle : http.get(API + "/cycles").body()) {
            if (cycle.get("state").asText().equals("ACTIVE")) {
                validPathValues.put("id", cycle.get("id").asText());
                validPathValues.put("cycleName", cycle.get("name").asText());
            }
        }
        JsonNode gadget = http.get(API + "/gadgets/okr-progress").body();
        validPathValues.put("objective", gadget.get("objectives").get(0).get("issueKey").asText());
        validPathValues.put("keyResult", gadget.get("objectives").get(0).get("keyResults").get(0).get("issueKey").asText());
        for (JsonNode kpi : http.get(API + "/kpis").body()) {
            if (kpi.get("cadence").asText().equals("MONTHLY")) {
                validPathValues.put("kpiId", kpi.get("id").asText());
            }
        }
        validPathValues.put("period", "2026-10");
        validPathValues.put("projectKey", "SHOP");
        validPathValues.put("epicKey", "SHOP-1");
    }

    private void findValidBodies() {
        validBodies.put("POST /cycles", body("""
                {"name":"Hostile quarter","start":"2026-01-01","end":"2026-03-31","timeZone":"UTC","state":"PLANNING"}"""));
        validBodies.put("PUT /cycles/{id}", body("{\"name\":\"" + validPathValues.get("cycleName") + "\"}"));
        String kpi = """
                {"name":"Hostile uptime","unit":"%","direction":"HIGHER_IS_BETTER","target":99.9,"cadence":"MONTHLY",
                 "category":"OPERATIONAL","timing":"LAGGING","projectKey":"SHOP","targetDate":"2026-12-31",
                 "toleranceType":"RELATIVE","tolerance":0.1,"earlyWarningPeriods":3,"description":"d"}""";
        validBodies.put("POST /kpis", body(kpi));
        ObjectNode edit = body(kpi);
        edit.put("version", http.get(API + "/kpis/" + validPathValues.get("kpiId")).body().get("version").asInt());
        validBodies.put("PUT /kpis/{kpiId}", edit);
        validBodies.put("PUT /kpis/{kpiId}/measurements/{period}", body("{\"value\":99.5,\"note\":\"n\"}"));
        validBodies.put("POST /key-results/{issueKey}/check-ins", body("{\"value\":1,\"confidence\":5,\"note\":\"n\"}"));
        validBodies.put("PUT /key-results/{issueKey}", body("{\"version\":"
                + http.get(API + "/key-results/" + validPathValues.get("keyResult")).body().get("version").asInt() + "}"));
    }

    private ObjectNode body(String json) {
        try {
            return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private String filled(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("issueKey")
                    ? validPathValues.get(template.startsWith("/objectives") ? "objective" : "keyResult")
                    : validPathValues.getOrDefault(name, "1");
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return API + path;
    }

    private void hostilePathValues(String method, String template, boolean takesBody) {
        if (!PARAM.matcher(template).find()) {
            return;
        }
        for (String hostile : HOSTILE_PATH_VALUES) {
            String path = API + PARAM.matcher(template).replaceAll(Matcher.quoteReplacement(hostile));
            send(method, path, takesBody ? "{}" : null, JSON, JSON, false);
        }
    }

    private void hostileQueryValues(String method, String template, JsonNode op) {
        for (JsonNode parameter : op.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                for (String hostile : HOSTILE_QUERY_VALUES) {
                    String path = filled(template) + "?" + parameter.get("name").asText() + "=" + hostile;
                    send(method, path, op.has("requestBody") ? "{\"nope\":1}" : null, JSON, JSON, false);
                }
            }
        }
    }

    private void hostileBodies(String method, String path, JsonNode op, ObjectNode validBody) {
        for (String body : MALFORMED_BODIES) {
            send(method, path, body, JSON, JSON, false);
        }
        for (String contentType : WRONG_CONTENT_TYPES) {
            send(method, path, "{\"name\":\"x\"}", contentType, JSON, false);
        }
        send(method, path, "{\"nope\":1}", JSON, JSON, true);
        JsonNode schema = resolve(op.path("requestBody").path("content").path(JSON).path("schema"));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            for (String value : hostileValues(property.getKey(), resolve(property.getValue()))) {
                send(method, path, "{" + json(property.getKey()) + ":" + value + "}", JSON, JSON, true);
                if (validBody != null) {
                    // the same value inside a request that is valid but for it: the answer must name this field
                    ObjectNode rest = validBody.deepCopy();
                    rest.remove(property.getKey());
                    String others = rest.toString().substring(1);
                    String body = "{" + json(property.getKey()) + ":" + value + (others.equals("}") ? "}" : "," + others);
                    sendNaming(method, path, body, property.getKey());
                }
            }
        }
    }

    private void sendNaming(String method, String path, String body, String field) {
        int before = problems.size();
        HostHttp.Reply reply = sendAndCheck(method, path, body, JSON, JSON, true);
        if (reply != null && problems.size() == before) {
            boolean named = reply.status() == 400 && reply.body() != null && reply.body().path("errors").findValuesAsText("field").stream()
                    .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
            if (!named) {
                problems.add(method + " " + abbreviated(path) + " " + abbreviated(body) + " does not name " + field + ": "
                        + reply.status() + " " + abbreviated(reply.text()));
            }
        }
    }

    /** Values no field of this name and type accepts. */
    private static List<String> hostileValues(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        String type = schema.path("type").asText();
        switch (type) {
            case "number" -> values.addAll(NUMBER_VALUES);
            case "integer" -> values.addAll(INTEGER_VALUES);
            case "boolean" -> values.addAll(BOOLEAN_VALUES);
            case "array" -> values.addAll(ARRAY_VALUES);
            case "object" -> values.addAll(List.of("\"x\"", "[]", "42"));
            default -> {
                values.addAll(STRING_VALUES);
                if (ENUM_FIELDS.contains(name) || schema.has("enum")) {
                    values.addAll(ENUM_VALUES);
                }
                if (DATE_FIELDS.contains(name)) {
                    values.addAll(DATE_VALUES);
                }
                if (KEY_FIELDS.contains(name)) {
                    values.addAll(KEY_VALUES);
                }
                if (name.equals("timeZone")) {
                    values.addAll(List.of("\"Mars/Olympus_Mons\"", "\"UTC+99\""));
                }
            }
        }
        return values;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    /**
     * Sends one hostile request through the test client and records every rule its answer breaks;
     * {@code fieldExpected} when the request's problem lies in a named field of a JSON body.
     */
    private void send(String method, String path, String body, String contentType, String accept, boolean fieldExpected) {
        sendAndCheck(method, path, body, contentType, accept, fieldExpected);
    }

    private HostHttp.Reply sendAndCheck(String method, String path, String body, String contentType, String accept,
                                        boolean fieldExpected) {
        requests++;
        String what = method + " " + abbreviated(path) + (body == null ? "" : " " + abbreviated(body)) + " (" + contentType + ")";
        HostHttp.Reply reply;
        try {
            reply = exchange(method, path, body, contentType, accept);
        } catch (RuntimeException closedBeforeAnswer) {
            // the server closes a connection after refusing a body it did not read; the client may
            // already have sent the next request on it, which then is sent again on a new one
            try {
                reply = exchange(method, path, body, contentType, accept);
            } catch (RuntimeException e) {
                problems.add(what + " got no answer: " + e.getMessage());
                return null;
            }
        }
        String text = reply.text() == null ? "" : reply.text();
        if (reply.status() >= 500) {
            problems.add(what + " answered " + reply.status() + ": " + abbreviated(text));
        }
        Matcher leak = LEAK.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        if (leak.find()) {
            problems.add(what + " shows \"" + leak.group() + "\": " + abbreviated(text));
        }
        if (reply.status() == 400 && path.startsWith(API)) {
            namesItsField(what, reply, fieldExpected);
        }
        if (reply.status() < 400 && !method.equals("GET")) {
            problems.add(what + " was accepted with " + reply.status());
        }
        return reply;
    }

    private HostHttp.Reply exchange(String method, String path, String body, String contentType, String accept) {
        return body == null
                ? http.request(method, path, null, "Accept", accept)
                : http.request(method, path, body, "Content-Type", contentType, "Accept", accept);
    }

    private void namesItsField(String what, HostHttp.Reply reply, boolean fieldExpected) {
        JsonNode errors = reply.body() == null ? null : reply.body().get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            problems.add(what + " is a 400 without Emerald's error body: " + abbreviated(reply.text()));
            return;
        }
        boolean named = false;
        for (JsonNode error : errors) {
            if (!error.path("field").isTextual() || error.path("message").asText().isBlank()) {
                problems.add(what + " has an error without field or message: " + error);
            }
            named |= !error.path("field").asText().isEmpty();
        }
        if (fieldExpected && !named) {
            problems.add(what + " names no field: " + abbreviated(reply.text()));
        }
    }

    private String export() {
        HostHttp.Reply export = http.get(API + "/backup");
        assertThat(export.status()).isEqualTo(200);
        ObjectNode body = (ObjectNode) export.body();
        body.remove("exportedAt");
        return body.toString();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String abbreviated(String s) {
        return s == null ? "" : s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + " chars)";
    }
}
