package com.atlassian.sal.api;

// Mirrors com.atlassian.sal:sal-api 5.1.4 (as in Confluence 9.1.1): com.atlassian.sal.api.UrlMode (enum); constants as declared there.
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
