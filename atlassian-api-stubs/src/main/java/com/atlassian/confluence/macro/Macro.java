package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

// Mirrors com.atlassian.confluence:confluence 9.2.x; only the members Emerald calls.
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        NONE, PLAIN_TEXT, RICH_TEXT
    }

    enum OutputType {
        BLOCK, INLINE
    }
}
