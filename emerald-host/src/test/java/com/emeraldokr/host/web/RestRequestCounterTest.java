package com.emeraldokr.host.web;

import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class RestRequestCounterTest {

    /** A GET of {@code path} without a query string. */
    private static HttpServletRequest get(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(RestRequestCounterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> path;
                    default -> null;
                });
    }

    @Test
    void keepsOnlyTheLatestRequests() throws Exception {
        RestRequestCounter counter = new RestRequestCounter();
        for (int i = 0; i < RestRequestCounter.KEPT + 5; i++) {
            counter.doFilter(get("/rest/" + i), null, (request, response) -> { });
        }

        assertThat(counter.requests()).hasSize(RestRequestCounter.KEPT)
                .startsWith("GET /rest/5").endsWith("GET /rest/" + (RestRequestCounter.KEPT + 4));
        counter.reset();
        assertThat(counter.requests()).isEmpty();
    }
}
