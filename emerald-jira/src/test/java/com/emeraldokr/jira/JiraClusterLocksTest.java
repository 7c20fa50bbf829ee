package com.emeraldokr.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Cluster locks on a mocked Jira cluster lock service. */
class JiraClusterLocksTest {

    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final JiraClusterLocks locks = new JiraClusterLocks(service);

    @Test
    void runsTheWorkUnderTheNamedLockAndReleasesIt() {
        when(service.getLockForName("emerald.job")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        AtomicInteger runs = new AtomicInteger();

        assertThat(locks.runIfFree("emerald.job", runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(1);
        var order = inOrder(lock);
        order.verify(lock).tryLock();
        order.verify(lock).unlock();
    }

    @Test
    void skipsTheWorkWhileAnotherNodeHoldsTheLock() {
        when(service.getLockForName("emerald.job")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);
        AtomicInteger runs = new AtomicInteger();

        assertThat(locks.runIfFree("emerald.job", runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(0);
        verify(lock, never()).unlock();
    }

    @Test
    void releasesTheLockWhenTheWorkFails() {
        when(service.getLockForName("emerald.job")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);

        assertThatThrownBy(() -> locks.runIfFree("emerald.job", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        verify(lock).unlock();
    }
}
