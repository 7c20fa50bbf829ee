package com.emeraldokr.api.i18n;

import com.emeraldokr.api.i18n.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@link Messages} over Emerald's own resource bundle, for places without a product i18n service:
 * the host and tests. Inside Jira and Confluence the product's resolver reads the same bundle.
 */
public final class BundleMessages implements Messages {

    public static final String BUNDLE = "com.emeraldokr.emerald";

    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleMessages.class.getClassLoader());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    @Override
    public String text(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            // Show the key rather than fail a request over a missing translation.
            return key;
        }
    }
}
