package com.emeraldokr.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.pluginjar.JarFirstClassLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Confluence macros run on the classes their jar carries, nothing else of Emerald's: the macro,
 * the wire types the JSON from Jira (here, the host) is read into, the renderer and the messages all
 * come from the built jar, as inside Confluence. A class the jar lacks fails here, not in production.
 */
class ConfluenceJarMacroTest extends SeededHostTest {

    private static final String OWN = "com.emeraldokr.";

    @Test
    void theKpiStatusMacroFromTheConfluenceJarRendersTheHostsKpis() throws Exception {
        Path jar = Path.of(System.getProperty("emerald.confluence.jar", "missing"));
        assertThat(jar).as("Confluence plugin jar (run the package phase first)").satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
        JsonNode kpis = http.get(API + "/kpis").body();
        assertThat(kpis).isNotEmpty();
        try (JarFirstClassLoader loader = new JarFirstClassLoader(jar, OWN, getClass().getClassLoader())) {
            Class<?> clientType = loader.loadClass(OWN + "api.client.OkrDataClient");
            Class<?> kpiView = loader.loadClass(OWN + "api.view.KpiViews$KpiView");
            Class<?> messagesType = loader.loadClass(OWN + "api.i18n.Messages");
            ObjectMapper mapper = new ObjectMapper();
            Object client = Proxy.newProxyInstance(loader, new Class<?>[]{clientType}, (proxy, method, args) -> switch (method.getName()) {
                case "kpis" -> mapper.readValue(http.get(API + "/kpis").text(),
                        mapper.getTypeFactory().constructCollectionType(List.class, kpiView));
                case "issueUrl" -> "/browse/" + args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });
            Object messages = loader.loadClass(OWN + "api.i18n.BundleMessages").getConstructor(Locale.class)
                    .newInstance(Locale.ENGLISH);
            Class<?> macroType = loader.loadClass(OWN + "confluence.KpiStatusMacro");
            Object macro = macroType.getConstructor(clientType, messagesType).newInstance(client, messages);

            String html = (String) macroType.getMethod("execute", Map.class, String.class, ConversionContext.class)
                    .invoke(macro, Map.of(), "", null);

            assertThat(macroType.getClassLoader()).isSameAs(loader);
            for (JsonNode k : kpis) {
                assertThat(html).contains("data-kpi-id=\"" + k.get("id").asText() + "\"", Html.escape(k.get("name").asText()));
            }
        }
    }
}
