package com.emeraldokr.api.client;

import com.emeraldokr.api.client.OkrDataUnavailableException.Reason;
import com.emeraldokr.api.client.OkrDataUnavailableException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.Messages;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Turns an answer of Emerald's REST API into data or into the failure a macro explains, the same way
 * for every client (the application link in Confluence, loopback HTTP in the host).
 */
public final class OkrDataResponses {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private OkrDataResponses() {
    }

    /** {@code subject} names what was asked for, in the not-found message. */
    public static <T> T read(int status, Callable<String> body, TypeReference<T> type, Messages messages, String subject) {
        if (status == 404) {
            throw new NotFoundException("", messages.text("emerald.macro.error.not.found", subject));
        }
        if (status == 401) {
            throw new OkrDataUnavailableException(Reason.AUTHORISATION_REQUIRED, null, "HTTP 401", null);
        }
        if (status != 200) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "HTTP " + status, null);
        }
        try {
            return JSON.readValue(body.call(), type);
        } catch (IOException e) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, "unreadable response", e);
        } catch (Exception e) {
            throw new OkrDataUnavailableException(Reason.JIRA_UNAVAILABLE, null, e.getMessage(), e);
        }
    }
}
