package com.emeraldokr.pluginjar;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Loads the plugin's own classes from the built jar, never from the build's class directories, so a
 * class missing from the jar fails the test; everything else (product types, Spring) comes from the
 * test class path, as the OSGi imports would inside the product.
 */
public final class JarFirstClassLoader extends URLClassLoader {

    private final String ownPackagePrefix;

    public JarFirstClassLoader(Path jar, String ownPackagePrefix, ClassLoader parent) throws IOException {
        super(new URL[]{jar.toUri().toURL()}, parent);
        this.ownPackagePrefix = ownPackagePrefix;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(ownPackagePrefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
