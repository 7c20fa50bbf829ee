package com.atlassian.sal.api;

// Mirrors com.atlassian.sal:sal-api 5.1.4 (as in Confluence 9.1.1): com.atlassian.sal.api.ApplicationProperties (interface); members as declared there.
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
