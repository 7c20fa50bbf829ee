package com.emeraldokr.core.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.junit.jupiter.api.Test;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.core.MediaType;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira 10's REST v2 (Platform 7) gives a resource method without an access annotation a default
 * and ignores the legacy {@code com.atlassian.plugins.rest.common.security} ones, so every method
 * states its own level with exactly one of the v2 annotations. XSRF: since atlassian-rest 3.0 every
 * mutating method is XSRF-checked unless it opts out with {@code XsrfProtectionExcluded}; none may,
 * and each takes JSON only, which a cross-site form cannot send.
 */
class RestAccessAnnotationsTest {

    static final Set<Class<? extends Annotation>> ACCESS = Set.of(AdminOnly.class, SystemAdminOnly.class,
            LicensedOnly.class, UnlicensedSiteAccess.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    /** Every resource method of the API: public methods of the listed resources with an HTTP method. */
    static List<Method> resourceMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> resource : RestResources.RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (httpMethod(m) != null) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Test
    void theApiHasItsResourceMethods() {
        assertThat(resourceMethods()).hasSizeGreaterThan(40);
    }

    @Test
    void everyResourceMethodNamesExactlyOneAccessLevel() {
        List<String> problems = new ArrayList<>();
        for (Method m : resourceMethods()) {
            List<String> levels = Arrays.stream(m.getAnnotations()).map(Annotation::annotationType)
                    .filter(ACCESS::contains).map(Class::getSimpleName).toList();
            if (levels.size() != 1) {
                problems.add(name(m) + " " + levels);
            }
        }
        assertThat(problems).as("resource methods without exactly one REST v2 access annotation (%s)",
                ACCESS.stream().map(Class::getSimpleName).sorted().toList()).isEmpty();
    }

    @Test
    void noResourceUsesAnAnnotationJira10DoesNotRecognise() {
        for (Class<?> resource : RestResources.RESOURCES) {
            List<Annotation> all = new ArrayList<>(Arrays.asList(resource.getAnnotations()));
            Arrays.stream(resource.getDeclaredMethods()).forEach(m -> all.addAll(Arrays.asList(m.getAnnotations())));
            assertThat(all).as(resource.getSimpleName())
                    .noneMatch(a -> a.annotationType().getName().startsWith("com.atlassian.plugins.rest.common.security."))
                    .noneMatch(a -> ACCESS.contains(a.annotationType()) && resource.isAnnotationPresent(a.annotationType()));
        }
    }

    @Test
    void everyMutatingMethodKeepsJirasXsrfCheckAndTakesJsonOnly() {
        List<String> problems = new ArrayList<>();
        for (Method m : resourceMethods()) {
            if (!MUTATING.contains(httpMethod(m))) {
                continue;
            }
            boolean excluded = Arrays.stream(m.getAnnotations())
                    .anyMatch(a -> a.annotationType().getSimpleName().equals("XsrfProtectionExcluded"));
            Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                    : m.getDeclaringClass().getAnnotation(Consumes.class);
            if (excluded || consumes == null || !Arrays.equals(consumes.value(), new String[]{MediaType.APPLICATION_JSON})) {
                problems.add(name(m));
            }
        }
        assertThat(problems).as("mutating methods that opt out of the XSRF check or take more than JSON").isEmpty();
    }

    @Test
    void theCalendarBackupsAndSettingsAreTheAdministrators() {
        List<String> adminOnly = resourceMethods().stream().filter(m -> m.isAnnotationPresent(AdminOnly.class))
                .map(RestAccessAnnotationsTest::name).toList();
        assertThat(adminOnly).contains("CycleResource.create", "CycleResource.update", "CycleResource.activate",
                "CycleResource.close", "CycleResource.delete", "KpiResource.purge", "BackupResource.export",
                "BackupResource.restore", "AdminResource.epicProgress", "AdminResource.changeEpicProgress",
                "AdminResource.setUpIssueTypes", "AdminResource.enableOkrs");
    }
}
