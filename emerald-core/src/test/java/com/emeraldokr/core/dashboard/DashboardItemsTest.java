package com.emeraldokr.core.dashboard;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.core.dashboard.DashboardItems.DashboardItem;
import com.emeraldokr.core.rest.RestResources;
import org.junit.jupiter.api.Test;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Each listed dashboard item has its texts, its script defining its module, and the REST read its script calls. */
class DashboardItemsTest {

    private static final String API = "/rest/emerald/1.0/";

    private static String script(DashboardItem item) throws IOException {
        try (InputStream in = DashboardItemsTest.class.getClassLoader().getResourceAsStream(item.scriptResource())) {
            assertThat(in).as("script %s on the class path", item.scriptResource()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every GET path the listed resources answer, as root path/method path. */
    private static List<String> getPaths() {
        List<String> paths = new ArrayList<>();
        for (Class<?> resource : RestResources.RESOURCES) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                if (m.isAnnotationPresent(GET.class)) {
                    Path sub = m.getAnnotation(Path.class);
                    paths.add(sub == null ? root : root + "/" + sub.value());
                }
            }
        }
        return paths;
    }

    @Test
    void keysModulesAndScriptsAreUnique() {
        List<DashboardItem> items = DashboardItems.ITEMS;
        assertThat(items).isNotEmpty();
        assertThat(items.stream().map(DashboardItem::key).distinct()).hasSameSizeAs(items);
        assertThat(items.stream().map(DashboardItem::amdModule).distinct()).hasSameSizeAs(items);
        assertThat(items.stream().map(DashboardItem::script).distinct()).hasSameSizeAs(items);
    }

    @Test
    void everyItemsTextsAreInTheBundle() {
        ResourceBundle bundle = new BundleMessages(Locale.ENGLISH).bundle();
        for (DashboardItem item : DashboardItems.ITEMS) {
            assertThat(bundle.containsKey(item.titleKey())).as("title of %s", item.key()).isTrue();
            assertThat(bundle.containsKey(item.descriptionKey())).as("description of %s", item.key()).isTrue();
        }
    }

    @Test
    void everyScriptDefinesItsModuleAndCallsItsRestRead() throws IOException {
        for (DashboardItem item : DashboardItems.ITEMS) {
            assertThat(script(item)).as(item.scriptResource())
                    .contains("define('" + item.amdModule() + "'")
                    .contains("'" + API + item.restPath());
        }
    }

    @Test
    void everyItemsRestReadIsAGetOfAListedResource() {
        List<String> gets = getPaths();
        assertThat(DashboardItems.ITEMS).allSatisfy(item -> assertThat(gets).as("GET paths of the REST resources").contains(item.restPath()));
    }
}
