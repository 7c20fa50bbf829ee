package com.emeraldokr.host.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FairAdmissionTest {

    @Test
    void requestsBeyondTheLimitWaitAndAreServedInTheOrderTheyArrived() throws Exception {
        FairAdmission admission = new FairAdmission(1, "/status");
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> served = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> filter(admission, "/first", () -> {
            served.add("/first");
            firstIn.countDown();
            await(releaseFirst);
        }));
        assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String path = "/waiting-" + i;
            waiting.add(CompletableFuture.runAsync(() -> filter(admission, path, () -> served.add(path))));
            // the next one arrives once this one is queued
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (admission.waiting() < i && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(admission.waiting()).isEqualTo(i);
        }
        filter(admission, "/status", () -> served.add("/status"));
        assertThat(served).as("the status page does not queue").containsExactly("/first", "/status");

        releaseFirst.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (CompletableFuture<Void> w : waiting) {
            w.get(5, TimeUnit.SECONDS);
        }
        assertThat(served).containsExactly("/first", "/status", "/waiting-1", "/waiting-2", "/waiting-3", "/waiting-4",
                "/waiting-5");
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        FairAdmission admission = new FairAdmission(1, "/status");
        assertThatThrownBy(() -> admission.doFilter(TestRequests.get("/boom"), null, (request, response) -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        List<String> served = new CopyOnWriteArrayList<>();
        CompletableFuture.runAsync(() -> filter(admission, "/after", () -> served.add("/after"))).get(5, TimeUnit.SECONDS);
        assertThat(served).containsExactly("/after");
    }

    @Test
    void atLeastOneRequestIsLetIn() {
        assertThatThrownBy(() -> new FairAdmission(0, "/status")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FairAdmission.forThisMachine()).isGreaterThanOrEqualTo(4);
    }

    private static void filter(FairAdmission admission, String path, Runnable work) {
        try {
            admission.doFilter(TestRequests.get(path), null, (request, response) -> work.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
