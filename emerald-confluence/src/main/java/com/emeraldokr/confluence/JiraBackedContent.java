package com.emeraldokr.confluence;

import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;

import java.util.function.Supplier;

import static com.emeraldokr.api.render.Html.escape;

/**
 * What every Emerald macro shows when Jira's data cannot be had: an in-page message that says what
 * went wrong and what the reader can do, never a stack trace. Also words invalid parameters.
 */
final class JiraBackedContent {

    private final Messages messages;

    JiraBackedContent(Messages messages) {
        this.messages = messages;
    }

    /** The rendered content, or the message for why Jira's data about {@code subject} is not there. */
    String render(String subject, Supplier<String> content) {
        try {
            return content.get();
        } catch (NotFoundException e) {
            return message("warning", messages.text("emerald.macro.error.not.found", subject));
        } catch (OkrDataUnavailableException e) {
            return switch (e.reason()) {
                case NO_JIRA_LINK -> message("warning", messages.text("emerald.macro.error.no.jira.link", subject));
                case AUTHORISATION_REQUIRED -> "<div class=\"aui-message aui-message-info emerald-macro-message\"><p>"
                        + escape(messages.text("emerald.macro.error.authorise", subject))
                        + (e.authorisationUrl() == null ? "" : " <a href=\"" + escape(e.authorisationUrl()) + "\">"
                        + escape(messages.text("emerald.macro.error.authorise.link")) + "</a>")
                        + "</p></div>";
                case JIRA_UNAVAILABLE -> message("error", messages.text("emerald.macro.error.jira.unavailable", subject));
            };
        }
    }

    String missingParameter(String name) {
        return message("error", messages.text("emerald.macro.error.param.required", name));
    }

    String invalidParameter(String name, String value) {
        return message("error", messages.text("emerald.macro.error.param.invalid.value", name, value));
    }

    static String message(String type, String text) {
        return "<div class=\"aui-message aui-message-" + type + " emerald-macro-message\"><p>" + escape(text) + "</p></div>";
    }
}
