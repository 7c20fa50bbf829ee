package com.emeraldokr.api.render;

import com.emeraldokr.api.i18n.Messages;

import java.util.Map;

import static com.emeraldokr.api.render.Html.escape;

/** Status words in AUI lozenges; the word is always there, so status never rests on colour alone. */
public final class StatusLozenge {

    private static final Map<String, String> CSS = Map.ofEntries(
            Map.entry("ON_TRACK", "aui-lozenge-success"),
            Map.entry("AT_RISK", "aui-lozenge-moved"),
            Map.entry("OFF_TRACK", "aui-lozenge-error"),
            Map.entry("MISSED", "aui-lozenge-error"),
            Map.entry("DONE", "aui-lozenge-complete"),
            Map.entry("STALE", "aui-lozenge-current"),
            Map.entry("NOT_STARTED", ""),
            Map.entry("HEALTHY", "aui-lozenge-success"),
            Map.entry("WARNING", "aui-lozenge-moved"),
            Map.entry("EARLY_WARNING", "aui-lozenge-current"),
            Map.entry("UNHEALTHY", "aui-lozenge-error"),
            Map.entry("NO_DATA", ""));

    private StatusLozenge() {
    }

    /** {@code family} is the i18n prefix: {@code emerald.status} or {@code emerald.health}. */
    public static String html(Messages messages, String family, String status) {
        return "<span class=\"aui-lozenge " + CSS.getOrDefault(status, "") + "\" data-status=\"" + escape(status) + "\">"
                + escape(messages.text(family + "." + status)) + "</span>";
    }
}
