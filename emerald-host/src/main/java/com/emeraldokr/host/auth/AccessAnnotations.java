package com.emeraldokr.host.auth;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.host.HostText;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies the REST v2 access annotations to each resource method as Jira 10 does: the method's
 * annotation, else its class's, else licensed users only (Platform 7's default). The host has no
 * anonymous access and licenses every user, so anonymous requests get 401 unless the method is
 * {@code @UnrestrictedAccess}, and {@code @AdminOnly}/{@code @SystemAdminOnly} need a Jira administrator (403).
 */
public final class AccessAnnotations implements DynamicFeature {

    /** The access levels, from open to closed. */
    public enum Level {
        UNRESTRICTED, ANONYMOUS_SITE, UNLICENSED, LICENSED, ADMIN, SYSTEM_ADMIN
    }

    private final HostAuthenticationContext authentication;
    private final HostText text;

    public AccessAnnotations(HostAuthenticationContext authentication, Locale locale) {
        this.authentication = authentication;
        this.text = new HostText(locale);
    }

    /** The level of a resource method: its own annotation, else its class's, else {@link Level#LICENSED}. */
    public static Level levelOf(Method method) {
        return declared(method).or(() -> declared(method.getDeclaringClass())).orElse(Level.LICENSED);
    }

    /** The level an element's access annotation declares, if it carries one. */
    public static Optional<Level> declared(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == UnrestrictedAccess.class) {
                return Optional.of(Level.UNRESTRICTED);
            } else if (type == AnonymousSiteAccess.class) {
                return Optional.of(Level.ANONYMOUS_SITE);
            } else if (type == UnlicensedSiteAccess.class) {
                return Optional.of(Level.UNLICENSED);
            } else if (type == LicensedOnly.class) {
                return Optional.of(Level.LICENSED);
            } else if (type == AdminOnly.class) {
                return Optional.of(Level.ADMIN);
            } else if (type == SystemAdminOnly.class) {
                return Optional.of(Level.SYSTEM_ADMIN);
            }
        }
        return Optional.empty();
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            context.register(new Check(levelOf(method)));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class Check implements ContainerRequestFilter {
        private final Level level;

        Check(Level level) {
            this.level = level;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (level == Level.UNRESTRICTED) {
                return;
            }
            Optional<HostUser> user = authentication.user();
            if (user.isEmpty()) {
                refuse(request, Response.Status.UNAUTHORIZED, "emerald.host.auth.required");
            } else if ((level == Level.ADMIN || level == Level.SYSTEM_ADMIN) && !user.get().administrator()) {
                refuse(request, Response.Status.FORBIDDEN, "emerald.host.auth.admin");
            }
        }

        private void refuse(ContainerRequestContext request, Response.Status status, String key) {
            JsonErrors.discard(request.getEntityStream());
            request.abortWith(refusal(status, key));
        }

        private Response refusal(Response.Status status, String key) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store").entity(ErrorBody.of("", text.text(key))).build();
        }
    }
}
