package com.emeraldokr.transform;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Moves every reference a class file makes to a renamed package (supertypes, descriptors, generic signatures,
 * annotations, frames, and string constants naming a class of it) to the new package.
 */
final class PackageRenamer extends Remapper {

    private final TransformRules rules;

    PackageRenamer(TransformRules rules) {
        this.rules = rules;
    }

    byte[] transform(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassRemapper(writer, this), 0);
        return writer.toByteArray();
    }

    @Override
    public String map(String internalName) {
        return rules.renameInternal(internalName);
    }

    @Override
    public Object mapValue(Object value) {
        if (value instanceof String text) {
            return rules.rename(text);
        }
        return super.mapValue(value);
    }
}
