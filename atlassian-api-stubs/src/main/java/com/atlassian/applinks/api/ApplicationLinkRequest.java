package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;

// Mirrors com.atlassian.applinks:applinks-api 10.0.x (Confluence 9.2 / Platform 7); only the members Emerald calls.
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
}
