package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RetriedTransactionTest {

    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final RetriedTransaction retried = new RetriedTransaction(ao);
    private final AtomicInteger attempts = new AtomicInteger();

    RetriedTransactionTest() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction());
    }

    private static RuntimeException refused(String sqlState) {
        return new IllegalStateException("wrapped by the facade", new SQLException("refused", sqlState));
    }

    @Test
    void aDeadlockOrSerializationFailureRunsTheWriteAgainUntilItCommits() {
        String result = retried.run(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                throw refused("40001");
            }
            if (attempt == 2) {
                throw refused("40P01");
            }
            return "stored";
        });

        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> retried.run(() -> {
            attempts.incrementAndGet();
            throw refused("23505");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aTakenUniqueKeyIsRetriedWhenTheCallerSaysSo() {
        String result = retried.run(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw refused("23505");
            }
            return "updated";
        }, RetriedTransaction::constraintViolated);

        assertThat(result).isEqualTo("updated");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void retriesAreBounded() {
        RuntimeException always = refused("40001");

        assertThatThrownBy(() -> retried.run(() -> {
            attempts.incrementAndGet();
            throw always;
        })).isSameAs(always);
        assertThat(attempts).hasValue(RetriedTransaction.MAX_ATTEMPTS);
    }
}
