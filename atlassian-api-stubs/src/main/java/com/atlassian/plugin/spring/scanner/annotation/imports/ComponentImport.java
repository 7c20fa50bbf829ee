package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors com.atlassian.plugin:atlassian-spring-scanner-annotation 5.0.x (Jira 10.3 ships runtime 5.0.2).
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
public @interface ComponentImport {

    String value() default "";
}
