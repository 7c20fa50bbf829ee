package com.emeraldokr.jira;

import com.emeraldokr.core.dashboard.DashboardItems.DashboardItem;
import com.emeraldokr.core.dashboard.DashboardItems;
import com.emeraldokr.core.rest.RestResources;
import com.emeraldokr.pluginjar.AbstractPluginJarIT;
import com.emeraldokr.pluginjar.JarFirstClassLoader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jira jar as Jira 10 (or, for the Platform 8 jar, Jira 11) reads it, plus the modules only the Jira plugin has. */
class JiraPluginJarIT extends AbstractPluginJarIT {

    /** Jira 10's (Platform 7) web-panel interface; the one in com.atlassian.plugin.web.model is deprecated there. */
    private static final String WEB_PANEL = "com.atlassian.plugin.web.api.model.WebPanel";
    private static final String DEPRECATED_WEB_PANEL = "com.atlassian.plugin.web.model.WebPanel";
    /** Servlet modules are served under this path below Jira's context path. */
    private static final String SERVLET_PREFIX = "/plugins/servlet";
    private static final String WORKSPACE_RESOURCES = "okr-workspace-resources";
    /** By name: the build's own copy of the class extends the Platform 7 servlet, which a Platform 8 run lacks. */
    private static final String WORKSPACE_SERVLET = "com.emeraldokr.jira.OkrWorkspaceServlet";

    @Override
    protected List<String> extraI18nKeys() {
        return List.of(OkrWorkspacePage.TITLE_KEY);
    }

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
    void restModuleScansThePackageOfEveryListedResourceAndProvider() {
        List<String> packages = elements(single(descriptor.getDocumentElement(), "rest"), "package").stream()
                .map(AbstractPluginJarIT::text).toList();
        assertThat(packages).as("<package> of <rest>").isNotEmpty();
        // read the lists from the jar itself: its classes carry this platform's JAX-RS names
        List<String> listedResources = classNamesIn(RestResources.class.getName(), "RESOURCES");
        List<String> listedProviders = classNamesIn(RestResources.class.getName(), "PROVIDERS");
        List<String> listed = new ArrayList<>(listedResources);
        listed.addAll(listedProviders);
        for (String type : listed) {
            assertThat(jar.hasClass(type)).as("%s is in the jar", type).isTrue();
            assertThat(packages).as("package of %s is one <rest> scans", type).contains(type.substring(0, type.lastIndexOf('.')));
        }
        assertThat(listedProviders).as("the JSON mapping the REST module finds by scanning")
                .contains(RestResources.class.getPackageName() + ".ObjectMapperResolver");
        SortedSet<String> resources = new TreeSet<>();
        SortedSet<String> providers = new TreeSet<>();
        for (String restPackage : packages) {
            resources.addAll(jar.annotatedClasses(restPackage, platform.ee("ws.rs.Path")));
            providers.addAll(jar.annotatedClasses(restPackage, platform.ee("ws.rs.ext.Provider")));
        }
        assertThat(resources).as("@Path classes in the jar's REST package")
                .containsExactlyInAnyOrderElementsOf(listedResources);
        assertThat(providers).as("@Provider classes in the jar's REST package")
                .containsExactlyInAnyOrderElementsOf(listedProviders);
    }

    @Test
    void declaresExactlyCoresDashboardItemsWithModulesTheWebResourceDefines() {
        List<Element> items = elements(descriptor.getDocumentElement(), "dashboard-item");
        assertThat(items).extracting(i -> List.of(i.getAttribute("key"), i.getAttribute("i18n-name-key"),
                        single(single(i, "definition"), "title").getAttribute("key"),
                        single(i, "description").getAttribute("key"), text(single(i, "amd-module"))))
                .as("key, name, title, description and module of each <dashboard-item>")
                .containsExactlyElementsOf(DashboardItems.ITEMS.stream().map(d -> List.of(d.key(), d.titleKey(), d.titleKey(),
                        d.descriptionKey(), d.amdModule())).toList());
        assertThat(elements(webResource("emerald-gadget-resources"), "dependency").stream().map(AbstractPluginJarIT::text))
                .as("the items' shared kit comes from its own web resource").contains(System.getProperty("emerald.plugin.key") + ":emerald-kit");
        assertThat(elements(webResource("emerald-kit"), "resource")).extracting(r -> r.getAttribute("location"))
                .containsExactly("/emerald-web/gadget-kit.js");
        List<Element> resources = elements(webResource("emerald-gadget-resources"), "resource");
        List<String> locations = resources.stream().map(r -> r.getAttribute("location")).toList();
        for (DashboardItem item : DashboardItems.ITEMS) {
            assertThat(locations).as("scripts of emerald-gadget-resources").contains("/" + item.scriptResource());
            assertThat(jar.text(item.scriptResource()).orElseThrow()).contains("define('" + item.amdModule() + "'");
        }
        for (Element item : items) {
            assertThat(item.getAttribute("configurable")).isEqualTo("true");
            assertThat(text(single(single(single(item, "definition"), "author"), "name"))).isNotBlank();
        }
        StringBuilder scripts = new StringBuilder();
        for (Element resource : resources) {
            scripts.append(jar.text(resource.getAttribute("location").substring(1)).orElseThrow());
        }
        assertThat(scripts).as("uPlot is bundled").contains("uPlot");
    }

    /** The dashboard's "Add gadget" directory shows each item with a 120×60 thumbnail served from the jar. */
    @Test
    void everyDashboardItemHasAThumbnailOfItsOwnInTheJar() {
        List<String> entries = new ArrayList<>();
        for (Element item : elements(descriptor.getDocumentElement(), "dashboard-item")) {
            String location = single(single(item, "definition"), "thumbnail").getAttribute("location");
            String entry = downloadedEntry(location);
            assertPng(entry, 120, 60);
            entries.add(entry);
        }
        assertThat(entries).hasSize(DashboardItems.ITEMS.size()).doesNotHaveDuplicates();
    }

    @Test
    void declaresTheIssuePanelsWithTheirConditionsAndScript() {
        List<Element> panels = elements(descriptor.getDocumentElement(), "web-panel");
        assertThat(panels).extracting(p -> p.getAttribute("key")).containsExactly("key-result-panel", "objective-panel", "epic-panel");
        assertThat(panels).extracting(p -> param(single(p, "condition"), "issue-type"))
                .containsExactly("key-result", "objective", "epic");
        String bundle = jar.text("com/emeraldokr/emerald.properties").orElseThrow();
        for (Element panel : panels) {
            assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
            assertThat(single(panel, "condition").getAttribute("class")).isEqualTo(OkrIssueTypeCondition.class.getName());
            String label = single(panel, "label").getAttribute("key");
            assertThat(bundle).as("the label of %s in the bundle", panel.getAttribute("key")).contains("\n" + label + "=");
        }
        // the condition accepts what the descriptor asks for
        for (Element panel : panels) {
            new OkrIssueTypeCondition(null).init(java.util.Map.of("issue-type", param(single(panel, "condition"), "issue-type")));
        }
        Element resources = webResource("emerald-issue-panel-resources");
        assertThat(text(single(resources, "context"))).isEqualTo("jira.view.issue");
        assertThat(elements(resources, "resource")).extracting(r -> r.getAttribute("name")).contains("issue-panel.js");
        assertThat(jar.text("emerald-web/issue-panel.js").orElseThrow()).contains("emerald-checkin-form");
    }

    @Test
    void issuePanelsImplementThePlatform7WebPanelWhosePackageTheManifestImports() {
        List<String> classes = elements(descriptor.getDocumentElement(), "web-panel").stream()
                .map(p -> p.getAttribute("class")).toList();
        assertThat(classes).containsExactly(KeyResultIssuePanel.class.getName(), ObjectiveIssuePanel.class.getName(),
                EpicIssuePanel.class.getName());
        for (String panel : classes) {
            assertThat(jar.interfacesOf(panel)).as("interfaces of %s in the jar", panel)
                    .contains(WEB_PANEL).doesNotContain(DEPRECATED_WEB_PANEL);
        }
        assertThat(jar.importedPackages()).as("Import-Package")
                .contains(packageOf(WEB_PANEL)).doesNotContain(packageOf(DEPRECATED_WEB_PANEL));
    }

    @Test
    void declaresTheOkrWorkspaceServletAsAnHttpServletOfThePlatform() {
        String httpServlet = platform.ee("servlet.http.HttpServlet");
        Element servlet = module("servlet", "okr-workspace-servlet");
        assertThat(servlet.getAttribute("class")).isEqualTo(WORKSPACE_SERVLET);
        List<String> patterns = elements(servlet, "url-pattern").stream().map(AbstractPluginJarIT::text).toList();
        assertThat(patterns).containsExactly("/emerald/okrs");
        assertThat(SERVLET_PREFIX + patterns.get(0)).as("the path the servlet, its login return and the links use")
                .isEqualTo(OkrWorkspaceServlet.PATH);
        assertThat(jar.hasClass(WORKSPACE_SERVLET)).isTrue();
        assertThat(jar.subclassesOf(httpServlet)).as("classes in the jar extending %s", httpServlet)
                .containsExactlyInAnyOrder(WORKSPACE_SERVLET, "com.emeraldokr.jira.OkrSettingsServlet");
        assertThat(jar.importedPackages()).as("Import-Package").contains(platform.ee("servlet.http"));
    }

    @Test
    void theWorkspaceWebResourceShipsTheSharedScriptWithAuiThroughTheWebResourceSystem() {
        Element resources = webResource(WORKSPACE_RESOURCES);
        assertThat(System.getProperty("emerald.plugin.key") + ":" + WORKSPACE_RESOURCES)
                .as("the complete key the servlet requires").isEqualTo(OkrWorkspacePage.WEB_RESOURCE);
        assertThat(elements(resources, "dependency").stream().map(AbstractPluginJarIT::text).toList())
                .containsExactly("com.atlassian.auiplugin:ajs", "com.atlassian.auiplugin:dialog2",
                        "com.atlassian.auiplugin:aui-lozenge", "com.atlassian.auiplugin:aui-progress-indicator",
                        "com.atlassian.auiplugin:aui-message", "com.atlassian.auiplugin:aui-select",
                        System.getProperty("emerald.plugin.key") + ":emerald-kit");
        Element transformation = single(resources, "transformation");
        assertThat(transformation.getAttribute("extension")).isEqualTo("js");
        assertThat(single(transformation, "transformer").getAttribute("key")).isEqualTo("jsI18n");
        List<Element> files = elements(resources, "resource");
        assertThat(files).extracting(r -> r.getAttribute("type") + " " + r.getAttribute("name") + " " + r.getAttribute("location"))
                .containsExactly("download okr-workspace.js /emerald-web/okr-workspace.js",
                        "download okr-workspace.css /emerald-web/okr-workspace.css");
        for (Element file : files) {
            String location = file.getAttribute("location").substring(1);
            assertThat(jar.has(location)).as("%s is in the jar", location).isTrue();
        }
        assertThat(text(single(resources, "context"))).isEqualTo("emerald-okr-workspace");
    }

    @Test
    void webItemsLinkTheWorkspaceFromTheTopBarAndFromProjectsWithOkrs() {
        List<Element> items = elements(descriptor.getDocumentElement(), "web-item");
        assertThat(items).extracting(i -> i.getAttribute("key"))
                .containsExactly("okr-settings-admin-link", "okr-workspace-top-nav", "okr-workspace-project-sidebar");

        Element top = module("web-item", "okr-workspace-top-nav");
        assertThat(top.getAttribute("section")).isEqualTo("system.top.navigation.bar");
        assertThat(single(top, "label").getAttribute("key")).isEqualTo("emerald.workspace.nav.label");
        assertThat(text(single(top, "link"))).isEqualTo(OkrWorkspaceServlet.PATH);
        assertThat(elements(top, "condition")).as("anonymous visitors get the page's login redirect").isEmpty();

        Element sidebar = module("web-item", "okr-workspace-project-sidebar");
        assertThat(sidebar.getAttribute("section")).isEqualTo("jira.project.sidebar.plugins.navigation");
        assertThat(single(sidebar, "label").getAttribute("key")).isEqualTo("emerald.workspace.project.label");
        assertThat(text(single(sidebar, "link")))
                .isEqualTo(OkrWorkspaceServlet.PATH + "?" + OkrWorkspaceServlet.PROJECT_PARAM + "=$pathEncodedProjectKey");
        Element condition = single(sidebar, "condition");
        assertThat(condition.getAttribute("class")).isEqualTo(OkrProjectCondition.class.getName());
        assertThat(jar.interfacesOf(OkrProjectCondition.class.getName())).contains("com.atlassian.plugin.web.Condition");
    }

    @Test
    void theSettingsAdminPageIsAServletLinkedFromTheAdminMenuWithTheSharedScript() {
        Element servlet = module("servlet", "okr-settings-servlet");
        assertThat(servlet.getAttribute("class")).isEqualTo("com.emeraldokr.jira.OkrSettingsServlet");
        List<String> patterns = elements(servlet, "url-pattern").stream().map(AbstractPluginJarIT::text).toList();
        assertThat(SERVLET_PREFIX + patterns.get(0)).isEqualTo(OkrSettingsServlet.PATH);

        Element item = module("web-item", "okr-settings-admin-link");
        assertThat(item.getAttribute("section")).isEqualTo(OkrSettingsAdminPage.ADMIN_SECTION);
        assertThat(text(single(item, "link"))).isEqualTo(OkrSettingsServlet.PATH);
        assertThat(single(item, "label").getAttribute("key")).isEqualTo("emerald.settings.admin.label");

        Element resources = webResource("okr-settings-resources");
        assertThat(System.getProperty("emerald.plugin.key") + ":okr-settings-resources").isEqualTo(OkrSettingsAdminPage.WEB_RESOURCE);
        assertThat(elements(resources, "dependency").stream().map(AbstractPluginJarIT::text).toList())
                .contains(System.getProperty("emerald.plugin.key") + ":emerald-kit");
        assertThat(single(single(resources, "transformation"), "transformer").getAttribute("key")).isEqualTo("jsI18n");
        for (Element file : elements(resources, "resource")) {
            String location = file.getAttribute("location").substring(1);
            assertThat(jar.has(location)).as("%s is in the jar", location).isTrue();
        }
    }

    /** The class names in a static {@code List<Class<?>>} field of a class, loaded from the jar under test. */
    private List<String> classNamesIn(String className, String field) {
        try (JarFirstClassLoader loader = new JarFirstClassLoader(jar.path(), "com.emeraldokr.", getClass().getClassLoader())) {
            List<?> classes = (List<?>) loader.loadClass(className).getField(field).get(null);
            return classes.stream().map(c -> ((Class<?>) c).getName()).toList();
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new AssertionError("cannot read " + className + "." + field + " from " + jar.path(), e);
        }
    }

    private Element module(String tag, String key) {
        return elements(descriptor.getDocumentElement(), tag).stream()
                .filter(e -> key.equals(e.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + " key=\"" + key + "\">"));
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private Element webResource(String key) {
        return elements(descriptor.getDocumentElement(), "web-resource").stream()
                .filter(e -> key.equals(e.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <web-resource key=\"" + key + "\">"));
    }
}
