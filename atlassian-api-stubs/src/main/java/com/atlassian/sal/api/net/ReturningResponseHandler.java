package com.atlassian.sal.api.net;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
