package com.emeraldokr.confluence;

import com.emeraldokr.core.port.Messages;
import com.emeraldokr.core.port.OkrDataClient;
import com.emeraldokr.core.port.OkrDataUnavailableException;
import com.emeraldokr.core.render.ObjectiveCardRenderer;
import com.emeraldokr.core.service.NotFoundException;

import java.util.Locale;
import java.util.regex.Pattern;

import static com.emeraldokr.core.render.Html.escape;

/**
 * What the okr-objective macro shows for a parameter value: the card, or an in-page message that
 * says what went wrong and what the reader can do. Never a stack trace.
 */
final class OkrObjectiveCard {

    static final String KEY_PARAMETER = "key";
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    private final OkrDataClient client;
    private final Messages messages;

    OkrObjectiveCard(OkrDataClient client, Messages messages) {
        this.client = client;
        this.messages = messages;
    }

    String render(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) {
            return message("error", messages.text("emerald.macro.error.param.required", KEY_PARAMETER));
        }
        String key = rawKey.strip().toUpperCase(Locale.ROOT);
        if (!ISSUE_KEY.matcher(key).matches()) {
            return message("error", messages.text("emerald.macro.error.param.invalid", KEY_PARAMETER, rawKey));
        }
        try {
            return new ObjectiveCardRenderer(messages, client::issueUrl).render(client.objective(key));
        } catch (NotFoundException e) {
            return message("warning", messages.text("emerald.macro.error.not.found", key));
        } catch (OkrDataUnavailableException e) {
            return unavailable(key, e);
        }
    }

    private String unavailable(String key, OkrDataUnavailableException e) {
        return switch (e.reason()) {
            case NO_JIRA_LINK -> message("warning", messages.text("emerald.macro.error.no.jira.link", key));
            case AUTHORISATION_REQUIRED -> "<div class=\"aui-message aui-message-info emerald-macro-message\"><p>"
                    + escape(messages.text("emerald.macro.error.authorise", key))
                    + (e.authorisationUrl() == null ? "" : " <a href=\"" + escape(e.authorisationUrl()) + "\">"
                    + escape(messages.text("emerald.macro.error.authorise.link")) + "</a>")
                    + "</p></div>";
            case JIRA_UNAVAILABLE -> message("error", messages.text("emerald.macro.error.jira.unavailable", key));
        };
    }

    private static String message(String type, String text) {
        return "<div class=\"aui-message aui-message-" + type + " emerald-macro-message\"><p>" + escape(text) + "</p></div>";
    }
}
