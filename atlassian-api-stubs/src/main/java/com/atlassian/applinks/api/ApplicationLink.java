package com.atlassian.applinks.api;

import java.net.URI;

// Mirrors com.atlassian.applinks:applinks-api 10.0.x (Confluence 9.2 / Platform 7); only the members Emerald calls.
public interface ApplicationLink {

    URI getDisplayUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
