package com.emeraldokr.confluence;

import com.emeraldokr.api.client.OkrDataClient;
import com.emeraldokr.api.client.OkrDataPaths;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.ObjectiveCardRenderer;

import java.util.Locale;

/** What the okr-objective macro shows for a parameter value: the card, or an in-page message. */
final class OkrObjectiveCard {

    static final String KEY_PARAMETER = "key";

    private final OkrDataClient client;
    private final Messages messages;
    private final JiraBackedContent content;

    OkrObjectiveCard(OkrDataClient client, Messages messages) {
        this.client = client;
        this.messages = messages;
        this.content = new JiraBackedContent(messages);
    }

    String render(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) {
            return content.missingParameter(KEY_PARAMETER);
        }
        String key = rawKey.strip().toUpperCase(Locale.ROOT);
        if (!OkrDataPaths.isIssueKey(key)) {
            return JiraBackedContent.message("error", messages.text("emerald.macro.error.param.invalid", KEY_PARAMETER, rawKey));
        }
        return content.render(key, () -> new ObjectiveCardRenderer(messages, client::issueUrl).render(client.objective(key)));
    }
}
