package com.emeraldokr.core.domain.loop;

import java.util.List;
import java.util.Objects;

/** Text of a proposal as an i18n key and its arguments; the UI words it in the reader's language. */
public record ProposalText(String key, List<Object> arguments) {

    public ProposalText {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static ProposalText of(String key, Object... arguments) {
        return new ProposalText(key, List.of(arguments));
    }
}
