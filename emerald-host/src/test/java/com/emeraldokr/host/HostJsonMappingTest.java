package com.emeraldokr.host;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The host's REST JSON is core's ObjectMapperResolver's: strict on input, plain decimals on output. */
class HostJsonMappingTest extends SeededHostTest {

    private static final BundleMessages MESSAGES = new BundleMessages(Locale.ENGLISH);
    private String keyResult;

    @BeforeAll
    void aKeyResult() {
        HostHttp.Reply cycle = http.post(API + "/cycles",
                "{\"name\":\"JSON quarter\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\",\"timeZone\":\"UTC\",\"state\":\"ACTIVE\"}");
        assertThat(cycle.status()).isEqualTo(201);
        String objective = newIssue("Objective", "Strict JSON");
        keyResult = newIssue("Key Result", "Plain numbers");
        HostHttp.Reply created = http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":5000,"unit":"users","weight":1}]}
                """.formatted(objective, cycle.body().get("id").asLong(), keyResult));
        assertThat(created.status()).isEqualTo(201);
    }

    private String newIssue(String type, String summary) {
        return host.issues().create(new SandboxIssueDirectory.NewIssue("JSON", type, summary, "new", null, null)).key();
    }

    private static String message(HostHttp.Reply reply) {
        return reply.body().get("errors").get(0).get("message").asText();
    }

    @Test
    void anUnknownPropertyIsABadRequestNamingIt() {
        HostHttp.Reply reply = http.post(API + "/cycles", """
                {"name":"Q9","start":"2026-01-01","end":"2026-03-31","timeZone":"UTC","state":"ACTIVE","colour":"green"}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("colour");
        assertThat(message(reply)).isEqualTo(MESSAGES.text("emerald.error.json.unknown.field"));
        assertThat(http.get(API + "/cycles").text()).doesNotContain("Q9");

        HostHttp.Reply nested = http.put(API + "/key-results/" + keyResult, """
                {"kind":"INCREASE_TO","start":0,"target":10,"weight":1,"version":0,"owner":{"name":"x"}}""");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(fields(nested)).containsExactly("owner");
    }

    @Test
    void aNullWhereAValueIsNeededIsABadRequestNamingTheField() {
        HostHttp.Reply checkIn = http.post(API + "/key-results/" + keyResult + "/check-ins", "{\"value\":1,\"confidence\":null}");
        assertThat(checkIn.status()).isEqualTo(400);
        assertThat(fields(checkIn)).containsExactly("confidence");
        assertThat(message(checkIn)).isEqualTo(MESSAGES.text("emerald.error.required"));

        HostHttp.Reply update = http.put(API + "/key-results/" + keyResult,
                "{\"kind\":\"INCREASE_TO\",\"start\":0,\"target\":10,\"weight\":1,\"version\":null}");
        assertThat(update.status()).isEqualTo(400);
        assertThat(fields(update)).containsExactly("version");
    }

    /**
     * A forecast is rounded and stripped of trailing zeros, so 2000 is the BigDecimal 2E+3: without
     * the resolver's plain decimals the trend read would answer it in exponent form.
     */
    @Test
    void decimalsAreWrittenPlainNeverInExponentForm() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        HostHttp.Reply cycle = http.post(API + "/cycles", """
                {"name":"Forecast","start":"%s","end":"%s","timeZone":"UTC","state":"ACTIVE"}"""
                .formatted(start, start.plusDays(19)));
        assertThat(cycle.status()).as(cycle.text()).isEqualTo(201);
        String objective = newIssue("Objective", "Grow");
        String kr = newIssue("Key Result", "Users");
        assertThat(http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":5000,"unit":"users","weight":1}]}
                """.formatted(objective, cycle.body().get("id").asLong(), kr)).status()).isEqualTo(201);
        // 100 a day over the cycle's 20 days projects exactly 2000
        for (int day : new int[] {0, 5}) {
            HostHttp.Reply checkIn = http.post(API + "/key-results/" + kr + "/check-ins", """
                    {"value":%d,"confidence":7,"at":"%sT00:00:00Z"}""".formatted(day * 100, start.plusDays(day)));
            assertThat(checkIn.status()).as(checkIn.text()).isEqualTo(201);
        }

        HostHttp.Reply trend = http.get(API + "/gadgets/key-result-trend?issueKey=" + kr);

        assertThat(trend.status()).isEqualTo(200);
        assertThat(trend.body().get("forecast").get("value").decimalValue()).isEqualByComparingTo("2000");
        assertThat(trend.text()).contains("\"value\":2000").doesNotContainPattern("\\d[eE][+-]?\\d");
    }
}
