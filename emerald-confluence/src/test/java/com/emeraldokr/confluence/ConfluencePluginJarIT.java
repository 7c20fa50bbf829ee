package com.emeraldokr.confluence;

import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Confluence jar as Confluence 9 reads it, plus its macro module. */
class ConfluencePluginJarIT extends AbstractPluginJarIT {

    @Test
    void declaresTheThreeMacrosWithTheirParametersAndIcon() {
        List<Element> macros = elements(descriptor.getDocumentElement(), "xhtml-macro");
        assertThat(macros).extracting(m -> m.getAttribute("name")).containsExactly("okr-objective", "okr-plan", "kpi-status");
        assertThat(elements(single(macros.get(1), "parameters"), "parameter"))
                .extracting(p -> p.getAttribute("name")).containsExactly("project", "cycle", "show", "lint");
        for (Element macro : macros) {
            assertThat(jar.hasClass(macro.getAttribute("class"))).isTrue();
            assertThat(elements(macro, "category")).isNotEmpty();
        }
    }

    /** The macro browser shows an 80×80 icon without transparency (developer.atlassian.com, "Including information
     * in your macro for the Macro Browser"); each macro has its own. */
    @Test
    void everyMacroHasAnOpaqueEightyPixelIconOfItsOwn() {
        List<String> icons = new ArrayList<>();
        for (Element macro : elements(descriptor.getDocumentElement(), "xhtml-macro")) {
            String entry = downloadedEntry(macro.getAttribute("icon"));
            BufferedImage icon = assertPng(entry, 80, 80);
            for (int y = 0; y < icon.getHeight(); y++) {
                for (int x = 0; x < icon.getWidth(); x++) {
                    assertThat(icon.getRGB(x, y) >>> 24).as("alpha of %s at %d,%d", entry, x, y).isEqualTo(0xFF);
                }
            }
            icons.add(entry);
        }
        assertThat(icons).hasSize(3).doesNotHaveDuplicates();
    }

    /** The closure check on response types has something to check here: the client reads Jira's answers with them. */
    @Test
    void theApplicationLinkClientReadsResponsesThroughTypeReferences() {
        assertThat(jar.subclassesOf("com.fasterxml.jackson.core.type.TypeReference")).isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("com.emeraldokr.confluence."));
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
