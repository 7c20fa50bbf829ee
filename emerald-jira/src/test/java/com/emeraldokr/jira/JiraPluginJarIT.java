package com.emeraldokr.jira;

import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

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
    void declaresFourConfigurableDashboardItemsWhoseModulesTheWebResourceDefines() {
        List<Element> items = elements(descriptor.getDocumentElement(), "dashboard-item");
        assertThat(items).extracting(i -> i.getAttribute("key"))
                .containsExactly("okr-progress", "kpi-health", "cycle-overview", "key-result-trend");
        StringBuilder scripts = new StringBuilder();
        for (Element resource : elements(single(descriptor.getDocumentElement(), "web-resource"), "resource")) {
            scripts.append(jar.text(resource.getAttribute("location").substring(1)).orElseThrow());
        }
        for (Element item : items) {
            assertThat(item.getAttribute("configurable")).isEqualTo("true");
            Element definition = single(item, "definition");
            assertThat(single(definition, "title").getAttribute("key")).isNotBlank();
            assertThat(text(single(single(definition, "author"), "name"))).isNotBlank();
            assertThat(scripts).contains("define('" + text(single(item, "amd-module")) + "'");
        }
        assertThat(scripts).as("uPlot is bundled").contains("uPlot");
    }
}
