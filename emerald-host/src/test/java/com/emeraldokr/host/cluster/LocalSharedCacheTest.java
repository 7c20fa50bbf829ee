package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.SharedCache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** One node's copy of a shared cache, with the broadcast recorded. */
class LocalSharedCacheTest {

    private final AtomicReference<String> stored = new AtomicReference<>("v1");
    private final AtomicInteger loads = new AtomicInteger();
    private final List<String> told = new ArrayList<>();
    private final NodeCaches caches = NodeCaches.clustered((cache, key) -> told.add(cache + "/" + key));
    private final CountDownLatch firstLoadStarted = new CountDownLatch(1);
    private final CountDownLatch firstLoadMayEnd = new CountDownLatch(1);

    @Test
    void cachesNothingUntilTheNodeHearsTheClusterThenReadsThrough() {
        SharedCache<String> cache = caches.cache("c", key -> load());
        cache.get("k");
        cache.get("k");
        assertThat(loads).as("not listening yet: every read loads").hasValue(2);

        caches.caching(true);
        assertThat(cache.get("k")).isEqualTo("v1");
        assertThat(cache.get("k")).isEqualTo("v1");
        assertThat(loads).hasValue(3);
        assertThat(caches.cache("c", key -> "another loader")).as("one cache per name").isSameAs(cache);
    }

    @Test
    void anInvalidationDropsTheKeyHereAndTellsTheOtherNodes() {
        caches.caching(true);
        SharedCache<String> cache = caches.cache("c", key -> load());
        cache.get("k");
        stored.set("v2");
        cache.invalidate("k");
        assertThat(cache.get("k")).isEqualTo("v2");
        cache.invalidateAll();
        assertThat(told).containsExactly("c/k", "c/null");
    }

    @Test
    void anotherNodesInvalidationDropsTheKey() {
        caches.caching(true);
        SharedCache<String> cache = caches.cache("c", key -> load());
        cache.get("k");
        stored.set("v2");
        caches.drop("c", "k");
        assertThat(cache.get("k")).isEqualTo("v2");
        stored.set("v3");
        caches.drop("c", null);
        assertThat(cache.get("k")).isEqualTo("v3");
        assertThat(told).as("applying another node's invalidation tells no one").isEmpty();
    }

    @Test
    void aLoadThatRacedAnInvalidationIsNotKept() throws Exception {
        SharedCache<String> cache = cacheWhoseFirstLoadWaits();
        CompletableFuture<String> slowRead = CompletableFuture.supplyAsync(() -> cache.get("k"));
        assertThat(firstLoadStarted.await(5, TimeUnit.SECONDS)).isTrue();
        stored.set("v2");
        caches.drop("c", "k");
        firstLoadMayEnd.countDown();

        assertThat(slowRead.get(5, TimeUnit.SECONDS)).as("the racing read answers what it read").isEqualTo("v1");
        assertThat(cache.get("k")).as("but did not put it back").isEqualTo("v2");
    }

    @Test
    void readersThatMissDuringALoadShareItInsteadOfLoadingAgain() throws Exception {
        SharedCache<String> cache = cacheWhoseFirstLoadWaits();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("k"));
        assertThat(firstLoadStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> others = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            others.add(CompletableFuture.supplyAsync(() -> cache.get("k")));
        }
        Thread.sleep(200);
        assertThat(others).as("waiting for the load under way").noneMatch(CompletableFuture::isDone);
        firstLoadMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("v1");
        for (CompletableFuture<String> other : others) {
            assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("v1");
        }
        assertThat(loads).as("one load for nine readers").hasValue(1);
    }

    @Test
    void aReaderAfterAnInvalidationDoesNotWaitForALoadThatStartedBeforeIt() throws Exception {
        SharedCache<String> cache = cacheWhoseFirstLoadWaits();
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> cache.get("k"));
        assertThat(firstLoadStarted.await(5, TimeUnit.SECONDS)).isTrue();
        stored.set("v2");
        cache.invalidate("k");

        assertThat(cache.get("k")).as("a load of its own, after the change").isEqualTo("v2");
        firstLoadMayEnd.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("v1");
        assertThat(cache.get("k")).isEqualTo("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aFailedLoadFailsItsWaitersAndIsNotKept() throws Exception {
        caches.caching(true);
        SharedCache<String> cache = caches.cache("c", key -> {
            if (load().equals("v1")) {
                firstLoadStarted.countDown();
                await(firstLoadMayEnd);
                throw new IllegalStateException("database gone");
            }
            return stored.get();
        });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("k"));
        assertThat(firstLoadStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> cache.get("k"));
        Thread.sleep(200);
        firstLoadMayEnd.countDown();

        assertThat(first).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().withRootCauseInstanceOf(IllegalStateException.class);
        assertThat(waiter).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().withRootCauseInstanceOf(IllegalStateException.class);
        stored.set("v2");
        assertThat(cache.get("k")).as("the next reader loads again").isEqualTo("v2");
    }

    /** A caching cache (key "c") whose first load, once started, waits for {@link #firstLoadMayEnd}. */
    private SharedCache<String> cacheWhoseFirstLoadWaits() {
        caches.caching(true);
        return caches.cache("c", key -> {
            String value = load();
            if (loads.get() == 1) {
                firstLoadStarted.countDown();
                await(firstLoadMayEnd);
            }
            return value;
        });
    }

    private String load() {
        loads.incrementAndGet();
        return stored.get();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
