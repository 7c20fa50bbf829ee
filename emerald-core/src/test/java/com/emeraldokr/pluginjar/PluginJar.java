package com.emeraldokr.pluginjar;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** A built plugin jar, read the way the plugin framework and Spring Scanner read it. */
public final class PluginJar {

    static final String NAMED = "Ljavax/inject/Named;";
    static final String SPRING_COMPONENT = "Lorg/springframework/stereotype/Component;";
    static final String COMPONENT_IMPORT = "Lcom/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport;";
    static final String EXPORT_AS_SERVICE = "Lcom/atlassian/plugin/spring/scanner/annotation/export/ExportAsService;";

    private final Path path;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Manifest manifest;

    public PluginJar(Path path) {
        this.path = path;
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("plugin jar " + path + " does not exist; run the package phase first");
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
            for (ZipEntry e : Collections.list(jar.entries())) {
                if (!e.isDirectory()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    public List<String> entryNames() {
        return new ArrayList<>(entries.keySet());
    }

    public boolean has(String entry) {
        return entries.containsKey(entry);
    }

    public Optional<String> text(String entry) {
        return Optional.ofNullable(entries.get(entry)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public String mainAttribute(String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    public boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    public Document descriptor() {
        byte[] xml = entries.get("atlassian-plugin.xml");
        if (xml == null) {
            throw new AssertionError(path + " has no atlassian-plugin.xml");
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml does not parse: " + e.getMessage(), e);
        }
    }

    public Properties bundle(String location) {
        String entry = location.replace('.', '/') + ".properties";
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new AssertionError("i18n bundle " + entry + " is not in " + path);
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Package names of the manifest's Import-Package header, attributes and directives dropped. */
    public SortedSet<String> importedPackages() {
        SortedSet<String> packages = new TreeSet<>();
        String header = mainAttribute("Import-Package");
        if (header == null) {
            return packages;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String name = clause.toString().split(";", 2)[0].strip();
                if (!name.isEmpty()) {
                    packages.add(name);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return packages;
    }

    /**
     * Every interface the named class implements, directly or through its superclasses and
     * superinterfaces, read from the class files in this jar (types outside the jar are named but
     * not followed).
     */
    public SortedSet<String> interfacesOf(String className) {
        byte[] bytes = entries.get(className.replace('.', '/') + ".class");
        if (bytes == null) {
            throw new AssertionError("class " + className + " is not in " + path);
        }
        SortedSet<String> found = new TreeSet<>();
        List<String> pending = new ArrayList<>();
        ClassFacts facts = ClassFacts.read(bytes);
        while (true) {
            pending.addAll(facts.interfaces);
            if (facts.superName == null || !hasClass(facts.superName)) {
                break;
            }
            facts = ClassFacts.read(entries.get(facts.superName.replace('.', '/') + ".class"));
        }
        while (!pending.isEmpty()) {
            String type = pending.remove(pending.size() - 1);
            if (found.add(type) && hasClass(type)) {
                pending.addAll(ClassFacts.read(entries.get(type.replace('.', '/') + ".class")).interfaces);
            }
        }
        return found;
    }

    /** Lines of a scanner index file, blank lines and comments dropped. */
    public SortedSet<String> indexLines(String name) {
        SortedSet<String> lines = new TreeSet<>();
        text("META-INF/plugin-components/" + name).ifPresent(t -> t.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add));
        return lines;
    }

    /** What Spring Scanner would index from the classes under the given package paths. */
    public ScannedAnnotations scan(List<String> packagePaths) {
        SortedSet<String> components = new TreeSet<>();
        SortedSet<String> imports = new TreeSet<>();
        SortedSet<String> entities = new TreeSet<>();
        SortedSet<String> exports = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(".class") || packagePaths.stream().noneMatch(name::startsWith)) {
                continue;
            }
            ClassFacts facts = ClassFacts.read(e.getValue());
            if (facts.component) {
                components.add(facts.className);
                imports.addAll(facts.importedTypes);
            }
            if (!facts.exportedAs.isEmpty()) {
                // Spring Scanner's exports line: class#interface[,interface…]
                exports.add(facts.className + "#" + String.join(",", facts.exportedAs));
            }
            if (facts.interfaces.contains("net.java.ao.Entity") || facts.interfaces.contains("net.java.ao.RawEntity")) {
                entities.add(facts.className);
            }
        }
        return new ScannedAnnotations(components, imports, entities, exports);
    }

    /**
     * Classes whose internal name starts with {@code prefix} (like {@code com/emeraldokr/}) that a class in the
     * jar refers to anywhere in its bytecode (supertypes, fields, signatures, record components, code,
     * annotations) but that the jar does not contain, each with the classes that refer to it. Inside the
     * product such a class is a {@code NoClassDefFoundError} waiting for the first code path that touches it.
     */
    public SortedMap<String, SortedSet<String>> missingReferences(String prefix) {
        SortedMap<String, SortedSet<String>> missing = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".class") || !e.getKey().startsWith(prefix)) {
                continue;
            }
            String referrer = e.getKey().substring(0, e.getKey().length() - ".class".length());
            for (String referenced : referencedClasses(e.getValue())) {
                if (referenced.startsWith(prefix) && !entries.containsKey(referenced + ".class")) {
                    missing.computeIfAbsent(referenced, k -> new TreeSet<>()).add(referrer);
                }
            }
        }
        return missing;
    }

    /** Every class name (internal form) that one class file mentions. */
    static SortedSet<String> referencedClasses(byte[] classFile) {
        SortedSet<String> names = new TreeSet<>();
        Remapper collector = new Remapper() {
            @Override
            public String map(String internalName) {
                // array descriptors reach here as element types; keep plain class names only
                names.add(internalName);
                return internalName;
            }
        };
        new ClassReader(classFile).accept(new ClassRemapper(new ClassWriter(0), collector), 0);
        return names;
    }

    /**
     * The classes directly in a package (binary name, like {@code com.example.rest}; not its
     * subpackages) that carry a class annotation (binary name), read from the jar's bytecode.
     */
    public SortedSet<String> annotatedClasses(String packageName, String annotation) {
        String prefix = packageName.replace('.', '/') + "/";
        String descriptor = "L" + annotation.replace('.', '/') + ";";
        SortedSet<String> found = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".class") && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                ClassFacts facts = ClassFacts.read(e.getValue());
                if (facts.annotations.contains(descriptor)) {
                    found.add(facts.className);
                }
            }
        }
        return found;
    }

    /** The classes in the jar that directly extend {@code superClass} (binary name), as binary names. */
    public List<String> subclassesOf(String superClass) {
        String internal = superClass.replace('.', '/');
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".class") && internal.equals(new ClassReader(e.getValue()).getSuperName())) {
                found.add(new ClassReader(e.getValue()).getClassName().replace('/', '.'));
            }
        }
        return found;
    }

    public record ScannedAnnotations(SortedSet<String> components, SortedSet<String> imports,
                                     SortedSet<String> entities, SortedSet<String> exports) {
    }

    /** The few facts about one class file that the checks need, read without loading the class. */
    static final class ClassFacts extends ClassVisitor {
        String className;
        String superName;
        final List<String> interfaces = new ArrayList<>();
        boolean component;
        final List<String> importedTypes = new ArrayList<>();
        final List<String> exportedAs = new ArrayList<>();
        final List<String> annotations = new ArrayList<>();

        private ClassFacts() {
            super(Opcodes.ASM9);
        }

        static ClassFacts read(byte[] bytes) {
            ClassFacts facts = new ClassFacts();
            new ClassReader(bytes).accept(facts, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
            return facts;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
            className = name.replace('/', '.');
            this.superName = superName == null ? null : superName.replace('/', '.');
            for (String i : ifaces) {
                interfaces.add(i.replace('/', '.'));
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            annotations.add(descriptor);
            if (NAMED.equals(descriptor) || SPRING_COMPONENT.equals(descriptor)) {
                component = true;
            }
            if (EXPORT_AS_SERVICE.equals(descriptor)) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String ignored, Object value) {
                                if ("value".equals(name) && value instanceof Type type) {
                                    exportedAs.add(type.getClassName());
                                }
                            }
                        };
                    }
                };
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (!"<init>".equals(name)) {
                return null;
            }
            Type[] params = Type.getArgumentTypes(descriptor);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    if (COMPONENT_IMPORT.equals(annotation) && parameter < params.length) {
                        String type = params[parameter].getClassName();
                        int index = importedTypes.size();
                        importedTypes.add(type);
                        // a named import ("jiraUserManager") is indexed as type#name, as Spring Scanner writes it
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String element, Object value) {
                                if ("value".equals(element) && value instanceof String beanName && !beanName.isEmpty()) {
                                    importedTypes.set(index, type + "#" + beanName);
                                }
                            }
                        };
                    }
                    return null;
                }
            };
        }
    }
}
