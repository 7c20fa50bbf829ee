package com.emeraldokr.host.auth;

import com.emeraldokr.host.sandbox.ProjectAccess;
import com.emeraldokr.host.sandbox.ProjectPermission;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who the request being served is from, like Jira's authentication context: set by the
 * authentication filter for the thread serving the request and cleared after it. Outside a
 * request nobody is logged in, so nothing is visible unless work runs {@link #as} a user.
 */
public final class HostAuthenticationContext implements ProjectAccess {

    /** The user of a request, and the form token of their session (null without a session, as with basic auth). */
    private record Identity(HostUser user, String formToken, Credentials credentials) {
    }

    /**
     * The header that authenticated the request (its basic auth, or its session cookie), which the host's
     * stand-in for an application link passes on so a macro reads as the viewing user, as the link does.
     */
    public record Credentials(String header, String value) {
    }

    /** Restores who was there before when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private final ThreadLocal<Identity> current = new ThreadLocal<>();

    public Optional<HostUser> user() {
        Identity identity = current.get();
        return identity == null ? Optional.empty() : Optional.of(identity.user());
    }

    /** The session's token for the host's own forms, or empty. */
    public Optional<String> formToken() {
        Identity identity = current.get();
        return identity == null ? Optional.empty() : Optional.ofNullable(identity.formToken());
    }

    /** The credentials the request came with, or empty outside a request. */
    public Optional<Credentials> credentials() {
        Identity identity = current.get();
        return identity == null ? Optional.empty() : Optional.ofNullable(identity.credentials());
    }

    /** Makes {@code user} the current user on this thread until the scope is closed. */
    public Scope enter(HostUser user, String formToken, Credentials credentials) {
        Identity before = current.get();
        current.set(new Identity(user, formToken, credentials));
        return () -> {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        };
    }

    /** Runs {@code work} as {@code user} on this thread, then restores who was there before. */
    public <T> T as(HostUser user, Supplier<T> work) {
        try (Scope ignored = enter(user, null, null)) {
            return work.get();
        }
    }

    @Override
    public Set<String> projectsWith(ProjectPermission permission) {
        Identity identity = current.get();
        return identity == null ? Set.of() : identity.user().projectsWith(permission);
    }
}
