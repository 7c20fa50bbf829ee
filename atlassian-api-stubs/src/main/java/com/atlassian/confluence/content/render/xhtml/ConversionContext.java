package com.atlassian.confluence.content.render.xhtml;

// Mirrors com.atlassian.confluence:confluence 9.2.x; the type only: Emerald passes it through and calls none of its members.
public interface ConversionContext {
}
