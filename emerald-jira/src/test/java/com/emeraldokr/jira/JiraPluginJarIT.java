package com.emeraldokr.jira;

import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jira jar as Jira 10 reads it, plus the modules only the Jira plugin has. */
class JiraPluginJarIT extends AbstractPluginJarIT {

    @Test
    void declaresRestV2AndTheEmeraldRestPath() {
        Element root = descriptor.getDocumentElement();
        Element migration = single(root, "rest-migration");
        assertThat(elements(migration, "rest-v2")).hasSize(1);
        Element rest = single(root, "rest");
        assertThat(rest.getAttribute("path")).isEqualTo("/emerald");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
    }

    @Test
    void declaresTheOkrProgressDashboardItem() {
        Element item = single(descriptor.getDocumentElement(), "dashboard-item");
        Element definition = single(item, "definition");
        assertThat(single(definition, "title").getAttribute("key")).isEqualTo("emerald.gadget.okr.progress.title");
        assertThat(text(single(single(definition, "author"), "name"))).isNotBlank();
        String module = text(single(item, "amd-module"));
        String script = jar.text("emerald-web/okr-progress-gadget.js").orElseThrow();
        assertThat(script).contains("define('" + module + "'");
    }
}
