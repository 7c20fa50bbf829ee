package com.emeraldokr.host;

import com.emeraldokr.api.render.Html;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The host's own strings (host-i18n.properties): page chrome and the sandbox's messages. */
public final class HostText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public HostText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("com.emeraldokr.host.host-i18n", locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String html(String key, Object... args) {
        return Html.escape(text(key, args));
    }
}
