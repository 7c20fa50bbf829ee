package com.emeraldokr.jira;

import com.emeraldokr.core.port.OkrIssueSetup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class OkrIssueSetupOnStartTest {

    private final OkrIssueSetup setup = mock(OkrIssueSetup.class);
    private final OkrIssueSetupOnStart onStart = new OkrIssueSetupOnStart(setup);

    @Test
    void startingJiraRunsTheIssueSetup() {
        when(setup.install()).thenReturn(new OkrIssueSetup.Report(List.of("Objective"), List.of("Key Result")));

        onStart.onStart();

        verify(setup).install();
    }

    @Test
    void aFailingSetupDoesNotStopEmeraldFromStarting() {
        when(setup.install()).thenThrow(new IllegalStateException("another node has been setting up"));

        assertThatCode(onStart::onStart).doesNotThrowAnyException();
        verify(setup).install();
    }

    @Test
    void stoppingTouchesNothing() {
        onStart.onStop();

        verifyNoInteractions(setup);
    }
}
