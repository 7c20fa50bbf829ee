package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked against: atlassian-spring-scanner-annotation 3.0.4 (CFR decompilation in ngannk-fptu/Decompiled-Files).
// The real annotation also has ServiceProperty[] properties(); Emerald does not use it.
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
