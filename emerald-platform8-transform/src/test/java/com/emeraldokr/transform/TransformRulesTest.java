package com.emeraldokr.transform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformRulesTest {

    private final TransformRules rules = new TransformRules(
            Map.of("javax.ws.rs", "jakarta.ws.rs"),
            Map.of("com.atlassian", "", "com.atlassian.jira", "[11.0,12)", "jakarta.ws.rs", "[3.0,4)"));

    @Test
    void renamesThePackageAndItsSubpackagesOnly() {
        assertThat(rules.rename("javax.ws.rs")).isEqualTo("jakarta.ws.rs");
        assertThat(rules.rename("javax.ws.rs.core.Response")).isEqualTo("jakarta.ws.rs.core.Response");
        assertThat(rules.rename("javax.ws.rsx.Other")).isEqualTo("javax.ws.rsx.Other");
        assertThat(rules.rename("javax.inject.Named")).isEqualTo("javax.inject.Named");
        assertThat(rules.renameInternal("javax/ws/rs/core/Response$Status")).isEqualTo("jakarta/ws/rs/core/Response$Status");
        assertThat(rules.renameInternal("javax/ws/rsx/Other")).isEqualTo("javax/ws/rsx/Other");
    }

    @Test
    void theLongestMatchingPrefixGivesTheVersionAndAnEmptyOneGivesNone() {
        assertThat(rules.importVersion("com.atlassian.jira.issue")).contains("[11.0,12)");
        assertThat(rules.importVersion("com.atlassian.jira")).contains("[11.0,12)");
        assertThat(rules.importVersion("com.atlassian.sal.api")).isEmpty();
        assertThat(rules.importVersion("com.atlassian.jiraextra")).isEmpty();
    }

    @Test
    void anImportNoRuleCoversIsRefusedWithTheEntryToAdd() {
        assertThatThrownBy(() -> rules.importVersion("org.example.thing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("import.org.example.thing");
    }

    @Test
    void bothPlatformTablesLoadAndCoverTheSamePackages() {
        TransformRules platform7 = TransformRules.load("com/emeraldokr/transform/platform7.properties");
        TransformRules platform8 = TransformRules.load("com/emeraldokr/transform/platform8.properties");
        assertThat(platform7.renames()).isEmpty();
        assertThat(platform8.renames()).containsOnlyKeys("javax.inject", "javax.servlet", "javax.ws.rs");
        for (String prefix : platform7.importVersions().keySet()) {
            platform8.importVersion(platform8.rename(prefix));
        }
        assertThat(platform7.importVersion("com.atlassian.jira.issue")).contains("[10.3,11)");
        assertThat(platform8.importVersion("com.atlassian.jira.issue")).contains("[11.0,12)");
    }
}
