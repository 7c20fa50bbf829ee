package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors com.atlassian.plugins.rest:atlassian-rest-v2-api 8.x (Platform 7): REST v2 access for everyone, logged in or not, whatever the site's anonymous-access setting.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
