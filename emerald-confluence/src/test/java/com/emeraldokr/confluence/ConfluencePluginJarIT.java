package com.emeraldokr.confluence;

import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
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

    /** The macro browser looks these up by convention, not through the descriptor. */
    @Override
    protected List<String> extraI18nKeys() {
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        List<String> keys = new ArrayList<>();
        for (Element macro : elements(descriptor.getDocumentElement(), "xhtml-macro")) {
            String prefix = pluginKey + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Element parameter : elements(single(macro, "parameters"), "parameter")) {
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                keys.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
            }
        }
        return keys;
    }
}
