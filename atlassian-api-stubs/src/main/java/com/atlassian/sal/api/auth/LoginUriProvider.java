package com.atlassian.sal.api.auth;

import java.net.URI;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7): com.atlassian.sal.api.auth.LoginUriProvider (interface); only the members Emerald calls.
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
