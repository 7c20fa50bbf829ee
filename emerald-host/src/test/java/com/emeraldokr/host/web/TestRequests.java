package com.emeraldokr.host.web;

import javax.servlet.http.HttpServletRequest;

import java.lang.reflect.Proxy;

/** Requests for filter tests: only what the filters read. */
final class TestRequests {

    private TestRequests() {
    }

    /** A GET of {@code path} without a query string. */
    static HttpServletRequest get(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(TestRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> path;
                    default -> null;
                });
    }
}
