package com.atlassian.sal.api.net;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T addHeader(String headerName, String headerValue);

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH
    }
}
