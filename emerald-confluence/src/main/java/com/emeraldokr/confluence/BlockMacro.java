package com.emeraldokr.confluence;

import com.atlassian.confluence.macro.Macro;

import java.util.Locale;
import java.util.regex.Pattern;

/** Emerald's macros: no body, block output, and the parameter forms they share. */
abstract class BlockMacro implements Macro {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /** The trimmed, upper-cased value, or null when the parameter is empty. */
    static String upperOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isProjectKey(String value) {
        return PROJECT_KEY.matcher(value).matches();
    }
}
