package com.emeraldokr.core.port;

/** Resolves i18n keys in the current user's locale; products back it with their own i18n. */
public interface Messages {

    String text(String key, Object... arguments);
}
