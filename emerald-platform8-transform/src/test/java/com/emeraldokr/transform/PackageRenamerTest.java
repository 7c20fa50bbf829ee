package com.emeraldokr.transform;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PackageRenamerTest {

    private final PackageRenamer renamer = new PackageRenamer(new TransformRules(
            Map.of("javax.servlet", "jakarta.servlet", "javax.inject", "jakarta.inject"), Map.of("jakarta", "")));

    @Test
    void movesSupertypeAnnotationsDescriptorsAndClassNameConstants() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "example/Page", null, "javax/servlet/http/HttpServlet", null);
        writer.visitAnnotation("Ljavax/inject/Named;", true).visitEnd();
        MethodVisitor get = writer.visitMethod(Opcodes.ACC_PUBLIC, "doGet",
                "(Ljavax/servlet/http/HttpServletRequest;Ljavax/servlet/http/HttpServletResponse;)V", null, null);
        get.visitCode();
        get.visitLdcInsn("javax.servlet.forward.request_uri");
        get.visitLdcInsn("Hello, javax");
        get.visitInsn(Opcodes.POP2);
        get.visitInsn(Opcodes.RETURN);
        get.visitMaxs(0, 0);
        get.visitEnd();
        writer.visitEnd();

        byte[] transformed = renamer.transform(writer.toByteArray());

        List<String> seen = new ArrayList<>();
        new ClassReader(transformed).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                seen.add("super " + superName);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                seen.add("annotation " + descriptor);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                seen.add("method " + descriptor);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLdcInsn(Object value) {
                        seen.add("constant " + value);
                    }
                };
            }
        }, 0);
        assertThat(seen).containsExactly(
                "super jakarta/servlet/http/HttpServlet",
                "annotation Ljakarta/inject/Named;",
                "method (Ljakarta/servlet/http/HttpServletRequest;Ljakarta/servlet/http/HttpServletResponse;)V",
                "constant jakarta.servlet.forward.request_uri",
                "constant Hello, javax");
    }
}
