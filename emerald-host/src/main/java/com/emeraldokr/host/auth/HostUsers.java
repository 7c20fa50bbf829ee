package com.emeraldokr.host.auth;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.host.sandbox.ProjectAccess;
import com.emeraldokr.host.sandbox.ProjectPermission;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's users and its permission scheme, in the host database: the stand-in for Jira's user
 * directory and project permissions. Verified passwords are remembered for a few minutes by a digest
 * of name and password, so a REST client sending basic auth with each request is not slowed down
 * by the deliberately slow hash.
 */
public final class HostUsers {

    /** A user of the demo and the password the README gives for it. */
    public record DemoUser(String key, String displayName, String password, boolean administrator,
                           String projectKey, Set<ProjectPermission> permissions) {
    }

    /** The demo's users: their passwords are public, so they are for a demo on loopback only. */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Alex Admin", "admin", true, ProjectAccess.EVERY_PROJECT, Set.of(ProjectPermission.values())),
            new DemoUser("priya", "Priya Raman", "priya", false, "OKR", Set.of(ProjectPermission.values())),
            new DemoUser("tom", "Tom Becker", "tom", false, "PLAT",
                    Set.of(ProjectPermission.BROWSE_PROJECTS, ProjectPermission.EDIT_ISSUES)),
            new DemoUser("nora", "Nora Novak", "nora", false, null, Set.of()));

    static final Duration REMEMBER_VERIFIED = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 1_000;
    /** Compared against when the user does not exist, so a wrong name costs as long as a wrong password. */
    private static final String NO_USER_HASH = PasswordHash.of("no such user");

    private record Verified(String userKey, Instant until) {
    }

    private final ActiveObjects ao;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public HostUsers(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Creates the demo users when there is no user at all; returns whether it did. */
    public boolean seedDemoUsersIfEmpty() {
        return ao.executeInTransaction(() -> {
            if (ao.count(HostUserEntity.class) > 0) {
                return false;
            }
            for (DemoUser user : DEMO_USERS) {
                create(user.key(), user.displayName(), user.password(), user.administrator());
                if (user.projectKey() != null) {
                    grant(user.key(), user.projectKey(), user.permissions().toArray(ProjectPermission[]::new));
                }
            }
            return true;
        });
    }

    public HostUser create(String key, String displayName, String password, boolean administrator) {
        ao.create(HostUserEntity.class, new DBParam("USER_KEY", key), new DBParam("DISPLAY_NAME", displayName),
                new DBParam("PASSWORD_HASH", PasswordHash.of(password)), new DBParam("ADMINISTRATOR", administrator));
        return find(key).orElseThrow();
    }

    /** Grants the permissions in the project ({@link ProjectAccess#EVERY_PROJECT} for all). */
    public void grant(String userKey, String projectKey, ProjectPermission... permissions) {
        for (ProjectPermission permission : permissions) {
            ao.create(ProjectGrantEntity.class, new DBParam("USER_KEY", userKey), new DBParam("PROJECT_KEY", projectKey),
                    new DBParam("PERMISSION", permission.name()));
        }
    }

    /** The user with their permissions as they are now: two statements. */
    public Optional<HostUser> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        HostUserEntity[] found = ao.find(HostUserEntity.class, Query.select().where("USER_KEY = ?", key));
        if (found.length == 0) {
            return Optional.empty();
        }
        Map<ProjectPermission, Set<String>> grants = new EnumMap<>(ProjectPermission.class);
        for (ProjectGrantEntity grant : ao.find(ProjectGrantEntity.class, Query.select().where("USER_KEY = ?", key))) {
            try {
                grants.computeIfAbsent(ProjectPermission.valueOf(grant.getPermission()), p -> new HashSet<>())
                        .add(grant.getProjectKey());
            } catch (IllegalArgumentException e) {
                // a permission this version does not know grants nothing
            }
        }
        HostUserEntity user = found[0];
        return Optional.of(new HostUser(user.getUserKey(), user.getDisplayName(), user.isAdministrator(), grants));
    }

    /** The user whose name and password these are, or empty. */
    public Optional<HostUser> authenticate(String username, String password) {
        if (username == null || password == null || username.isEmpty() || username.length() > 64 || password.length() > 1024) {
            return Optional.empty();
        }
        String digest = digest(username, password);
        Instant now = clock.instant();
        Verified known = verified.get(digest);
        if (known != null && known.until().isAfter(now)) {
            return find(known.userKey());
        }
        HostUserEntity[] found = ao.find(HostUserEntity.class, Query.select().where("USER_KEY = ?", username));
        String stored = found.length == 0 ? NO_USER_HASH : found[0].getPasswordHash();
        if (!PasswordHash.matches(password, stored) || found.length == 0) {
            return Optional.empty();
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(digest, new Verified(username, now.plus(REMEMBER_VERIFIED)));
        return find(username);
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
