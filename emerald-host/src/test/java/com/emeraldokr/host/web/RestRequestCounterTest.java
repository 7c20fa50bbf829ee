package com.emeraldokr.host.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestRequestCounterTest {

    @Test
    void keepsOnlyTheLatestRequests() throws Exception {
        RestRequestCounter counter = new RestRequestCounter();
        for (int i = 0; i < RestRequestCounter.KEPT + 5; i++) {
            counter.doFilter(TestRequests.get("/rest/" + i), null, (request, response) -> { });
        }

        assertThat(counter.requests()).hasSize(RestRequestCounter.KEPT)
                .startsWith("GET /rest/5").endsWith("GET /rest/" + (RestRequestCounter.KEPT + 4));
        counter.reset();
        assertThat(counter.requests()).isEmpty();
    }
}
