package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors com.atlassian.plugin:atlassian-spring-scanner-annotation 3.0.4: com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService (annotation).
// The real annotation also has ServiceProperty[] properties(); Emerald does not use it.
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
