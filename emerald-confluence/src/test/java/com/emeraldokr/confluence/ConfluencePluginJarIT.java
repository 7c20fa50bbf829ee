package com.emeraldokr.confluence;

import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Confluence jar as Confluence 9 reads it, plus its macro module. */
class ConfluencePluginJarIT extends AbstractPluginJarIT {

    @Test
    void declaresTheOkrObjectiveMacro() {
        Element macro = single(descriptor.getDocumentElement(), "xhtml-macro");
        assertThat(macro.getAttribute("name")).isEqualTo("okr-objective");
        assertThat(jar.hasClass(macro.getAttribute("class"))).isTrue();
        assertThat(elements(single(macro, "parameters"), "parameter"))
                .extracting(p -> p.getAttribute("name")).containsExactly("key");
    }

    @Test
    void carriesNoJiraOnlyCode() {
        assertThat(jar.entryNames()).noneMatch(n -> n.startsWith("com/emeraldokr/core/ao/"))
                .noneMatch(n -> n.startsWith("com/emeraldokr/core/rest/"));
    }

    @Override
    protected List<String> extraI18nKeys() {
        return List.of("emerald.macro.okr-objective.label", "emerald.macro.okr-objective.param.key.label",
                "emerald.macro.okr-objective.param.key.desc");
    }
}
