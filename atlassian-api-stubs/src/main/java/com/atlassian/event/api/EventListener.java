package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors com.atlassian.event:atlassian-event 5.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.event.api.EventListener (annotation); as declared there.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {

    String scope() default "";

    int order() default 0;
}
