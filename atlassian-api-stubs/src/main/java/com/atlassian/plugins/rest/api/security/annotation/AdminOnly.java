package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors com.atlassian.plugins.rest:atlassian-rest-v2-api 8.x (Platform 7): REST v2 access for administrators only.
// The package and simple name are confirmed (developer.atlassian.com "Preparing for secure endpoints" lists it;
// Atlassian's Jira 11 Slack plugin imports com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess, so
// the package is the same on Platform 8). Retention and targets: no source found [unconfirmed]. RUNTIME is the
// choice that cannot be wrong for Emerald: the retention compiled into Emerald's classes decides whether the REST
// module sees the annotation by reflection, and the JVM does not check targets when reading it.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
