package com.emeraldokr.host.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtlassianTablePrefixTest {

    @Test
    void matchesThePrefixesJiraGivesKnownPlugins() {
        // Table prefixes seen in Jira databases: Jira Software's AO_60DB71_, Service Management's AO_54307E_
        assertThat(new AtlassianTablePrefix("com.pyxis.greenhopper.jira").prefix()).isEqualTo("AO_60DB71");
        assertThat(new AtlassianTablePrefix("com.atlassian.servicedesk").prefix()).isEqualTo("AO_54307E");
        assertThat(new AtlassianTablePrefix("com.pyxis.greenhopper.jira").prepend("RAPID_VIEW")).isEqualTo("AO_60DB71_RAPID_VIEW");
    }
}
