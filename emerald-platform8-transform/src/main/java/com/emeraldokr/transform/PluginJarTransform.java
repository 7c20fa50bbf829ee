package com.emeraldokr.transform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Applies one platform's {@link TransformRules} to a packaged plugin jar: class files get the package renames, the
 * manifest's {@code Import-Package} the renames and the platform's version ranges; every other entry is copied as
 * it is, in the same order and with the same time stamps. The source and target may be the same file.
 *
 * <p>Usage: {@code PluginJarTransform <rules resource> <source jar> <target jar>}.
 */
public final class PluginJarTransform {

    private final TransformRules rules;
    private final PackageRenamer renamer;

    public PluginJarTransform(TransformRules rules) {
        this.rules = rules;
        this.renamer = new PackageRenamer(rules);
    }

    public static void main(String... args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PluginJarTransform <rules resource> <source jar> <target jar>");
        }
        new PluginJarTransform(TransformRules.load(args[0])).transform(Path.of(args[1]), Path.of(args[2]));
    }

    public void transform(Path source, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                if (!entry.isDirectory()) {
                    try (InputStream content = in.getInputStream(entry)) {
                        out.write(transformEntry(entry.getName(), content.readAllBytes()));
                    }
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        keepPermissionsOf(source, temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A temporary file is private to its owner; the jar should stay as readable as the one it came from. */
    private static void keepPermissionsOf(Path source, Path temporary) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(source));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions to keep
        }
    }

    byte[] transformEntry(String name, byte[] content) throws IOException {
        if (name.endsWith(".class")) {
            return renamer.transform(content);
        }
        if (name.equals(JarFile.MANIFEST_NAME)) {
            return manifest(content);
        }
        if (name.endsWith(".xml") && !rules.renames().isEmpty()) {
            refuseRenamedPackagesIn(name, new String(content, StandardCharsets.UTF_8));
        }
        return content;
    }

    private byte[] manifest(byte[] content) throws IOException {
        Manifest manifest = new Manifest(new ByteArrayInputStream(content));
        Attributes main = manifest.getMainAttributes();
        String imports = main.getValue("Import-Package");
        if (imports != null) {
            main.putValue("Import-Package", ImportPackageHeader.rewrite(imports, rules));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        return bytes.toByteArray();
    }

    /** A descriptor or Spring file naming a renamed package would need its own rule; none does today. */
    private void refuseRenamedPackagesIn(String name, String text) {
        for (String renamed : rules.renames().keySet()) {
            if (text.contains(renamed + ".")) {
                throw new IllegalStateException(name + " names " + renamed + ", which this platform renames; "
                        + "the transform rewrites class files and the manifest only");
            }
        }
    }
}
