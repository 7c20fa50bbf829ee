package com.emeraldokr.transform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPackageHeaderTest {

    private final TransformRules rules = new TransformRules(
            Map.of("javax.ws.rs", "jakarta.ws.rs", "javax.inject", "jakarta.inject"),
            Map.of("jakarta.ws.rs", "[3.0,4)", "jakarta.inject", "[2.0,3)", "com.atlassian", "",
                    "com.atlassian.jira", "[11.0,12)", "io.swagger", ""));

    @Test
    void renamesPackagesReplacesVersionsAndKeepsDirectives() {
        String header = "io.swagger.v3.oas.annotations;resolution:=optional,"
                + "javax.ws.rs.core;version=\"[2.0,3)\",javax.inject;version=\"0.0.0\","
                + "com.atlassian.jira.issue;version=\"[10.3,11)\",com.atlassian.sal.api;version=\"[6.0,7)\"";
        assertThat(ImportPackageHeader.rewrite(header, rules)).isEqualTo(
                "io.swagger.v3.oas.annotations;resolution:=optional,"
                        + "jakarta.ws.rs.core;version=\"[3.0,4)\",jakarta.inject;version=\"[2.0,3)\","
                        + "com.atlassian.jira.issue;version=\"[11.0,12)\",com.atlassian.sal.api");
    }

    @Test
    void commasInsideQuotedRangesDoNotSplitClauses() {
        assertThat(ImportPackageHeader.splitOutsideQuotes("a;version=\"[1,2)\",b", ','))
                .containsExactly("a;version=\"[1,2)\"", "b");
    }
}
