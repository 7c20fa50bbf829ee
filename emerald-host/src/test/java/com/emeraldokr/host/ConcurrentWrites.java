package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty clients writing to the same key result or KPI at once, released together: every check-in
 * is stored, the latest value is the one with the latest time, and a KPI period holds one row
 * whatever the race. Shared by the H2 and PostgreSQL host tests.
 */
final class ConcurrentWrites {

    static final int CLIENTS = 50;
    private static final String API = SeededHostTest.API;

    private ConcurrentWrites() {
    }

    static void fiftyConcurrentCheckInsAreAllStored(EmeraldHost host, HostHttp http) throws Exception {
        long cycle = http.post(API + "/cycles", "{\"name\":\"Busy quarter\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\","
                + "\"timeZone\":\"UTC\",\"state\":\"ACTIVE\"}").body().get("id").asLong();
        SandboxIssueDirectory issues = host.issues();
        var objective = issues.create(new SandboxIssueDirectory.NewIssue("BUSY", "Objective", "Handle the rush", "new", null, null));
        var kr = issues.create(new SandboxIssueDirectory.NewIssue("BUSY", "Key Result", "Serve everyone", "new", null, null));
        HostHttp.Reply registered = http.post(API + "/objectives", """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":100}]}""".formatted(objective.key(), cycle, kr.key()));
        assertThat(registered.status()).isEqualTo(201);
        // each client back-dates its check-in by a different amount: client 49's is the latest
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

        List<HostHttp.Reply> replies = ConcurrentRegistration.concurrently(CLIENTS, client -> http.post(
                API + "/key-results/" + kr.key() + "/check-ins",
                "{\"value\":%d,\"confidence\":7,\"note\":\"client %d\",\"at\":\"%s\"}".formatted(client, client, base.plusSeconds(client))));

        assertThat(replies).extracting(HostHttp.Reply::status).as("every check-in accepted").containsOnly(201);
        JsonNode read = http.get(API + "/key-results/" + kr.key()).body();
        assertThat(read.get("current").decimalValue()).as("the latest check-in's value").isEqualByComparingTo("49");
        assertThat(read.get("lastCheckInAt").asText()).isEqualTo(base.plusSeconds(CLIENTS - 1).toString());
        Set<String> notes = new HashSet<>();
        for (JsonNode c : http.get(API + "/backup").body().get("checkIns")) {
            if (c.get("keyResultIssueKey").asText().equals(kr.key())) {
                assertThat(notes.add(c.get("note").asText())).as("stored once: " + c).isTrue();
            }
        }
        assertThat(notes).hasSize(CLIENTS);
    }

    static void concurrentMeasurementsOfManyPeriodsAreAllStored(HostHttp http) throws Exception {
        long kpi = dailyKpi(http, "Orders per day");

        List<HostHttp.Reply> replies = ConcurrentRegistration.concurrently(CLIENTS, client -> http.put(
                API + "/kpis/" + kpi + "/measurements/" + day(client), "{\"value\":" + (100 + client) + "}"));

        assertThat(replies).extracting(HostHttp.Reply::status).as("every period's first value").containsOnly(201);
        List<String> periods = new ArrayList<>();
        for (JsonNode m : measurementsInBackup(http, kpi)) {
            periods.add(m.get("period").asText());
        }
        assertThat(periods).hasSize(CLIENTS).doesNotHaveDuplicates();
    }

    static void concurrentMeasurementsOfOnePeriodLeaveOneRow(HostHttp http) throws Exception {
        long kpi = dailyKpi(http, "Refunds per day");

        List<HostHttp.Reply> replies = ConcurrentRegistration.concurrently(CLIENTS, client -> http.put(
                API + "/kpis/" + kpi + "/measurements/" + day(0), "{\"value\":" + (100 + client) + "}"));

        assertThat(replies).extracting(HostHttp.Reply::status).as("a clean upsert, never an error").containsOnly(200, 201);
        assertThat(replies).filteredOn(r -> r.status() == 201).as("one first value").hasSize(1);
        List<JsonNode> stored = measurementsInBackup(http, kpi);
        assertThat(stored).as("one row for the period").hasSize(1);
        Set<String> written = new HashSet<>();
        replies.forEach(r -> written.add(r.body().get("value").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(written).contains(stored.get(0).get("value").asText());
    }

    private static long dailyKpi(HostHttp http, String name) {
        HostHttp.Reply created = http.post(API + "/kpis", """
                {"name":"%s","unit":"orders","direction":"HIGHER_IS_BETTER","target":100,"cadence":"DAILY",
                 "category":"OPERATIONAL","timing":"LAGGING"}""".formatted(name + " " + System.nanoTime()));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static String day(int client) {
        return java.time.LocalDate.of(2026, 3, 1).plusDays(client).toString();
    }

    private static List<JsonNode> measurementsInBackup(HostHttp http, long kpi) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode m : http.get(API + "/backup").body().get("measurements")) {
            if (m.get("kpiId").asLong() == kpi) {
                rows.add(m);
            }
        }
        return rows;
    }
}
