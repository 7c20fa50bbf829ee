package com.atlassian.applinks.api;

import java.net.URI;

// Mirrors com.atlassian.applinks:applinks-api 10.0.x (Confluence 9.2 / Platform 7); implemented by CredentialsRequiredException.
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}
