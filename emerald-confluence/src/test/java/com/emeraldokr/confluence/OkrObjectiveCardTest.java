package com.emeraldokr.confluence;

import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.ObjectiveView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class OkrObjectiveCardTest {

    private final OkrDataClient client = mock(OkrDataClient.class);
    private final OkrObjectiveCard card = new OkrObjectiveCard(client, new BundleMessages(Locale.ENGLISH));

    @BeforeEach
    void links() {
        when(client.issueUrl("OKR-1")).thenReturn("https://jira.example.com/browse/OKR-1");
        when(client.issueUrl("OKR-2")).thenReturn("https://jira.example.com/browse/OKR-2");
    }

    private static ObjectiveView objective() {
        KeyResultView kr = new KeyResultView(2, "OKR-2", "p95 build time", "DECREASE_TO", new BigDecimal("12"),
                new BigDecimal("6"), null, "min", new BigDecimal("9"), BigDecimal.ONE, new BigDecimal("0.5"), 50,
                new BigDecimal("0.5"), "YELLOW", "ON_TRACK", "2026-11-20T10:00:00Z", 7, List.of(), 1, null, null, "OKR", null, null);
        return new ObjectiveView(1, "OKR-1", "Fast feedback", 7, "COMMITTED", new BigDecimal("0.5"), 50,
                new BigDecimal("0.5"), "YELLOW", "ON_TRACK", List.of(kr), false, null, null, null, "OKR", null, null, null);
    }

    @Test
    void rendersTheObjectiveCardForAValidKey() {
        when(client.objective("OKR-1")).thenReturn(objective());
        String html = card.render(" okr-1 ");
        assertThat(html).contains("emerald-objective-card", "Fast feedback", "9\u00A0min of 6\u00A0min", "On track",
                "https://jira.example.com/browse/OKR-2");
    }

    @Test
    void aMissingKeyNamesTheParameter() {
        assertThat(card.render(null)).contains("aui-message-error", "The macro parameter &quot;key&quot; is required.");
        verifyNoInteractions(client);
    }

    @Test
    void anInvalidKeyNamesTheParameterAndEscapesTheValue() {
        String html = card.render("<img src=x onerror=alert(1)>");
        assertThat(html).contains("aui-message-error", "&quot;key&quot;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img");
        verifyNoInteractions(client);
    }

    @Test
    void anUnknownObjectiveSaysSo() {
        when(client.objective("OKR-9")).thenThrow(new NotFoundException("issueKey", "nope"));
        assertThat(card.render("OKR-9")).contains("aui-message-warning", "Objective OKR-9 does not exist in Jira");
    }

    @Test
    void eachUnavailableReasonHasItsOwnMessage() {
        when(client.objective("OKR-1")).thenThrow(new OkrDataUnavailableException(Reason.NO_JIRA_LINK, null, null, null));
        assertThat(card.render("OKR-1")).contains("needs an application link to Jira");

        when(client.objective("OKR-2")).thenThrow(new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED,
                "https://confluence.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?a=1&b=\"2\"", null, null));
        assertThat(card.render("OKR-2")).contains("Authorise Confluence to read Jira",
                "href=\"https://confluence.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?a=1&amp;b=&quot;2&quot;\"");

        when(client.objective("OKR-3")).thenThrow(new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "HTTP 503", null));
        assertThat(card.render("OKR-3")).contains("aui-message-error", "cannot reach Jira right now")
                .doesNotContain("503").doesNotContain("Exception");
    }
}
