package com.emeraldokr.api.i18n;

/** Resolves i18n keys in the current user's locale; products back it with their own i18n. */
public interface Messages {

    String text(String key, Object... arguments);
}
