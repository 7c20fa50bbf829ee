package com.emeraldokr.host;

import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.host.database.EntityManagerActiveObjects;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueLinks;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty clients registering the same fresh issues at once, released together by a start gate:
 * exactly one registration wins, the others are told the issue is taken, and the objective reads
 * back once. Shared by the H2 and PostgreSQL host tests.
 */
final class ConcurrentRegistration {

    static final int CLIENTS = 20;
    private static final String API = SeededHostTest.API;

    private ConcurrentRegistration() {
    }

    /** Rounds of the race, each on fresh issues: one round may well be won before the others start. */
    static final int ROUNDS = 10;

    static void exactlyOneOfTwentyRegistrationsWins(EmeraldHost host, HostHttp http) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            oneRound(host, http);
        }
    }

    private static void oneRound(EmeraldHost host, HostHttp http) throws Exception {
        long cycle = http.post(API + "/cycles", "{\"name\":\"Race quarter\",\"start\":\"2026-01-01\",\"end\":\"2099-12-31\","
                + "\"timeZone\":\"UTC\",\"state\":\"PLANNING\"}").body().get("id").asLong();
        SandboxIssueDirectory issues = host.issues();
        var objective = issues.create(new SandboxIssueDirectory.NewIssue("RACE", "Objective", "Win the race", "new", null, null));
        var kr = issues.create(new SandboxIssueDirectory.NewIssue("RACE", "Key Result", "Finish first", "new", null, null));
        String body = """
                {"issueKey":"%s","cycleId":%d,"commitment":"COMMITTED","keyResults":[
                  {"issueKey":"%s","kind":"INCREASE_TO","start":0,"target":1}]}""".formatted(objective.key(), cycle, kr.key());

        List<HostHttp.Reply> replies = concurrently(() -> http.post(API + "/objectives", body));

        assertThat(replies).extracting(HostHttp.Reply::status).as("one 201, the rest 409")
                .containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        for (HostHttp.Reply refused : replies.stream().filter(r -> r.status() == 409).toList()) {
            JsonNode error = refused.body().get("errors").get(0);
            assertThat(error.get("field").asText()).isIn("issueKey", "keyResults[0].issueKey");
            assertThat(error.get("message").asText()).contains("already is an objective or a key result");
        }
        HostHttp.Reply read = http.get(API + "/objectives/" + objective.key());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("keyResults")).extracting(k -> k.get("issueKey").asText()).containsExactly(kr.key());
        List<String> inGadget = new ArrayList<>();
        http.get(API + "/gadgets/okr-progress?cycleId=" + cycle).body().get("objectives")
                .forEach(o -> inGadget.add(o.get("issueKey").asText()));
        assertThat(inGadget).containsExactly(objective.key());
        // the losers undid only their own work: the winner's "has key result" link stays
        SandboxIssueLinks links = new SandboxIssueLinks(new EntityManagerActiveObjects(host.database().entityManager()));
        assertThat(links.exists(objective.id(), kr.id(), IssueLinks.Kind.KEY_RESULT)).isTrue();
    }

    /** Runs the call on {@value #CLIENTS} threads released together; fails if they take over a minute. */
    static <T> List<T> concurrently(java.util.concurrent.Callable<T> call) throws Exception {
        return concurrently(CLIENTS, client -> call.call());
    }

    /** A call made by client number {@code client} of several running at once. */
    @FunctionalInterface
    interface ClientCall<T> {
        T call(int client) throws Exception;
    }

    /** Runs the call on {@code clients} threads released together, each told its number; fails if they take over a minute. */
    static <T> List<T> concurrently(int clients, ClientCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call(client);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all clients ready").isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
