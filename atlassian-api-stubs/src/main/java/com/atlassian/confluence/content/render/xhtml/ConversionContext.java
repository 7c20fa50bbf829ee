package com.atlassian.confluence.content.render.xhtml;

// Mirrors com.atlassian.confluence:confluence 9.2.x; only the members Emerald calls.
public interface ConversionContext {

    String getOutputType();
}
