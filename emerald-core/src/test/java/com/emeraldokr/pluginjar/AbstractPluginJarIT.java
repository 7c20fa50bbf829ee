package com.emeraldokr.pluginjar;

import com.emeraldokr.core.ao.upgrade.SchemaStep;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.Mockito;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a built plugin jar the way the product would read it: manifest, descriptor, i18n, AO
 * entities, the Spring Scanner index, and that the indexed components wire up. Subclasses run in
 * the integration-test phase of each plugin module, against the jar that module just packaged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractPluginJarIT {

    private static final Pattern JS_I18N = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");
    private static final String OWN_PACKAGE = "com.emeraldokr.";

    protected PluginJar jar;
    protected Document descriptor;

    @BeforeAll
    void openJar() {
        jar = new PluginJar(Path.of(requiredProperty("emerald.plugin.jar")));
        descriptor = jar.descriptor();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run through Maven failsafe");
        }
        return value;
    }

    /** Package paths (like {@code com/emeraldokr/}) whose classes the scanner indexes for this plugin. */
    protected List<String> scannedPackages() {
        return Arrays.stream(requiredProperty("emerald.scanned.packages").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void jarContainsNoAtlassianClasses() {
        assertThat(jar.entryNames()).as("stub classes must never be bundled").noneMatch(n -> n.startsWith("com/atlassian/"));
    }

    @Test
    void manifestMakesATransformerlessPlugin() {
        String key = requiredProperty("emerald.plugin.key");
        assertThat(jar.mainAttribute("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(jar.mainAttribute("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(jar.mainAttribute("Spring-Context")).isEqualTo("*");
        assertThat(jar.mainAttribute("Export-Package")).as("a plugin exports nothing").isNullOrEmpty();
        String buildDate = jar.mainAttribute("Atlassian-Build-Date");
        assertThat(buildDate).isNotBlank();
        OffsetDateTime.parse(buildDate, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"));
        String imports = jar.mainAttribute("Import-Package");
        assertThat(imports).contains("com.atlassian.").doesNotContain(OWN_PACKAGE).doesNotContain("java.lang");
    }

    @Test
    void descriptorDeclaresKeyPluginInfoAndI18n() {
        Element root = descriptor.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("atlassian-plugin");
        assertThat(root.getAttribute("key")).isEqualTo(requiredProperty("emerald.plugin.key"));
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        Element info = single(root, "plugin-info");
        assertThat(text(single(info, "version"))).isEqualTo(jar.mainAttribute("Bundle-Version").replace(".SNAPSHOT", "-SNAPSHOT"));
        assertThat(single(info, "vendor").getAttribute("name")).isNotBlank();
        assertThat(params(info)).contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
        assertThat(i18nLocations()).isNotEmpty();
    }

    @Test
    void everyClassNamedInTheDescriptorOrIndexIsInTheJar() {
        List<String> named = new ArrayList<>();
        for (Element e : all(descriptor.getDocumentElement())) {
            if (!e.getAttribute("class").isEmpty()) {
                named.add(e.getAttribute("class"));
            }
            if (e.getTagName().equals("entity") || e.getTagName().equals("upgradeTask")) {
                named.add(text(e));
            }
        }
        jar.indexLines("component").forEach(l -> named.add(l.split("#")[0]));
        assertThat(named).allSatisfy(c -> assertThat(jar.hasClass(c)).as("class %s is in %s", c, jar.path()).isTrue());
        for (String imported : jar.indexLines("imports")) {
            String type = imported.split("#")[0];
            assertThat(jar.hasClass(type)).as("imported service %s must come from the product", type).isFalse();
        }
    }

    @Test
    void theDescriptorRegistersAnUpgradeTaskForEverySchemaStepInOrder() throws Exception {
        List<Element> tasks = all(descriptor.getDocumentElement()).stream()
                .filter(e -> e.getTagName().equals("upgradeTask")).toList();
        if (tasks.isEmpty()) {
            return; // a plugin without Active Objects
        }
        List<Integer> registered = new ArrayList<>();
        for (Element task : tasks) {
            // the stubs' ModelVersion cannot be built outside Jira: read the step each task runs
            Object upgradeTask = Class.forName(text(task)).getConstructor().newInstance();
            Field step = upgradeTask.getClass().getSuperclass().getDeclaredField("step");
            step.setAccessible(true);
            registered.add(((SchemaStep) step.get(upgradeTask)).toVersion());
        }
        assertThat(registered).as("model versions of the descriptor's upgrade tasks")
                .isEqualTo(SchemaSteps.ALL.stream().map(SchemaStep::toVersion).toList());
    }

    @Test
    void everyResourceTheDescriptorNamesIsInTheJar() {
        for (Element e : all(descriptor.getDocumentElement())) {
            if (e.getTagName().equals("resource") && !"i18n".equals(e.getAttribute("type"))) {
                String location = e.getAttribute("location").replaceFirst("^/", "");
                boolean directory = e.getAttribute("name").endsWith("/");
                assertThat(directory ? jar.entryNames().stream().anyMatch(n -> n.startsWith(location + "/")) : jar.has(location))
                        .as("resource %s is in the jar", location).isTrue();
            }
        }
        assertThat(jar.has("META-INF/spring/plugin-context.xml")).isTrue();
        assertThat(jar.text("META-INF/spring/plugin-context.xml").orElseThrow()).contains("<atlassian-scanner:scan-indexes/>");
    }

    @Test
    void everyI18nKeyInUseIsInTheBundle() {
        Properties bundle = new Properties();
        i18nLocations().forEach(l -> bundle.putAll(jar.bundle(l)));
        SortedSet<String> used = new TreeSet<>();
        for (Element e : all(descriptor.getDocumentElement())) {
            for (String attribute : List.of("i18n-name-key", "key")) {
                String value = e.getAttribute(attribute);
                boolean isTextKey = attribute.equals("i18n-name-key")
                        || List.of("title", "description", "label", "tooltip").contains(e.getTagName());
                if (!value.isEmpty() && isTextKey) {
                    used.add(value);
                }
            }
        }
        for (Element e : all(descriptor.getDocumentElement())) {
            String location = e.getAttribute("location").replaceFirst("^/", "");
            if (e.getTagName().equals("resource") && location.endsWith(".js")) {
                Matcher m = JS_I18N.matcher(jar.text(location).orElse(""));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.addAll(extraI18nKeys());
        assertThat(used).as("i18n keys used by the descriptor and its scripts").isNotEmpty();
        assertThat(used.stream().filter(k -> !bundle.containsKey(k)).toList()).as("keys missing from the bundle").isEmpty();
    }

    /** Keys the plugin's Java code looks up, for subclasses to add. */
    protected List<String> extraI18nKeys() {
        return List.of();
    }

    @Test
    void everyActiveObjectsEntityIsListed() {
        SortedSet<String> listed = new TreeSet<>();
        for (Element ao : elements(descriptor.getDocumentElement(), "ao")) {
            elements(ao, "entity").forEach(e -> listed.add(text(e)));
        }
        // frozen schema snapshots for upgrade tasks live under an "upgrade" package and are not listed
        SortedSet<String> inJar = new TreeSet<>(jar.scan(List.of("")).entities());
        inJar.removeIf(c -> c.contains(".upgrade."));
        assertThat(listed).as("entities in <ao> versus entity interfaces in the jar").isEqualTo(inJar);
    }

    @Test
    void scannerIndexMatchesTheAnnotations() {
        PluginJar.ScannedAnnotations expected = jar.scan(scannedPackages());
        SortedSet<String> components = jar.indexLines("component");
        SortedSet<String> imports = jar.indexLines("imports");
        String advice = difference("META-INF/plugin-components/component", expected.components(), components)
                + difference("META-INF/plugin-components/imports", expected.imports(), imports)
                + difference("META-INF/plugin-components/exports", expected.exports(), jar.indexLines("exports"));
        assertThat(advice).as("scanner index out of date:%n%s", advice).isEmpty();
    }

    private static String difference(String file, SortedSet<String> expected, SortedSet<String> actual) {
        StringBuilder sb = new StringBuilder();
        SortedSet<String> add = new TreeSet<>(expected);
        add.removeAll(actual);
        SortedSet<String> remove = new TreeSet<>(actual);
        remove.removeAll(expected);
        if (!add.isEmpty()) {
            sb.append("add to ").append(file).append(":\n");
            add.forEach(l -> sb.append(l).append('\n'));
        }
        if (!remove.isEmpty()) {
            sb.append("remove from ").append(file).append(":\n");
            remove.forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    /** A class the jar's code names but the jar lacks fails only when a user reaches that code; catch it here. */
    @Test
    void everyEmeraldClassTheJarReferencesIsInTheJar() {
        SortedMap<String, SortedSet<String>> missing = jar.missingReferences("com/emeraldokr/");
        StringBuilder report = new StringBuilder();
        missing.forEach((cls, referrers) -> report.append("\n  ").append(cls).append(" <- ").append(referrers));
        assertThat(missing).as("classes referenced from %s but not in it:%s", jar.path().getFileName(), report).isEmpty();
    }

    /**
     * Each response type the jar's clients read (every {@code new TypeReference<…>() {}} in the jar)
     * deserialises with the jar's own classes: Jackson resolves every property type of the whole graph.
     */
    @Test
    void everyClientResponseTypeDeserialisesFromTheJarAlone() throws Exception {
        List<String> references = jar.subclassesOf("com.fasterxml.jackson.core.type.TypeReference");
        ObjectMapper mapper = new ObjectMapper();
        try (JarFirstClassLoader loader = new JarFirstClassLoader(jar.path(), OWN_PACKAGE, getClass().getClassLoader())) {
            for (String name : references) {
                Class<?> reference = loader.loadClass(name);
                java.lang.reflect.Type target = ((ParameterizedType) reference.getGenericSuperclass()).getActualTypeArguments()[0];
                JavaType type = mapper.getTypeFactory().constructType(target);
                String sample = type.isCollectionLikeType() || type.isArrayType() ? "[{}]" : "{}";
                Object value = mapper.readerFor(type).readValue(sample);
                assertThat(value).as("%s read through %s", type, name).isNotNull();
                if (type.isCollectionLikeType()) {
                    assertThat(((java.util.Collection<?>) value).iterator().next().getClass().getClassLoader())
                            .as("element of %s comes from the plugin jar", type).isSameAs(loader);
                }
            }
        }
    }

    @Test
    void indexedComponentsStartInSpringWithImportsMocked() throws Exception {
        try (JarFirstClassLoader loader = new JarFirstClassLoader(jar.path(), OWN_PACKAGE, getClass().getClassLoader());
             AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setClassLoader(loader);
            for (String imported : jar.indexLines("imports")) {
                String[] typeAndName = imported.split("#");
                // a named import is the bean of that name; two imports of one simple name must not replace each other
                registerMock(context, loader.loadClass(typeAndName[0]), typeAndName.length > 1 ? typeAndName[1] : null);
            }
            List<Class<?>> components = new ArrayList<>();
            for (String line : jar.indexLines("component")) {
                Class<?> type = loader.loadClass(line.split("#")[0]);
                assertThat(type.getClassLoader()).as("%s loaded from the plugin jar", type.getName()).isSameAs(loader);
                components.add(type);
                context.registerBean(type);
            }
            context.refresh();
            for (Class<?> type : components) {
                assertThat(context.getBean(type)).as("bean %s", type.getName()).isNotNull();
            }
        }
    }

    private static <T> void registerMock(AnnotationConfigApplicationContext context, Class<T> type, String beanName) {
        context.registerBean(beanName, type, () -> Mockito.mock(type));
    }

    private List<String> i18nLocations() {
        List<String> locations = new ArrayList<>();
        for (Element e : elements(descriptor.getDocumentElement(), "resource")) {
            if ("i18n".equals(e.getAttribute("type"))) {
                locations.add(e.getAttribute("location"));
            }
        }
        return locations;
    }

    private static List<String> params(Element parent) {
        return elements(parent, "param").stream().map(p -> p.getAttribute("name") + "=" + text(p)).toList();
    }

    protected static Element single(Element parent, String tag) {
        List<Element> found = elements(parent, tag);
        assertThat(found).as("<%s> in <%s>", tag, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    protected static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    protected static List<Element> all(Element root) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            found.add((Element) n);
        }
        return found;
    }

    protected static String text(Element e) {
        return e.getTextContent().strip();
    }
}
