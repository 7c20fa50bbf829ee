package com.emeraldokr.host.auth;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A user of the host: login name (= user key), the name shown, the password's hash and the Jira administrator flag. */
@Preload
@Table("HOST_USER")
public interface HostUserEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(64)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(255)
    String getDisplayName();

    void setDisplayName(String displayName);

    /** {@link PasswordHash}'s encoding: algorithm, iterations, salt and hash. */
    @NotNull
    @StringLength(255)
    String getPasswordHash();

    void setPasswordHash(String passwordHash);

    boolean isAdministrator();

    void setAdministrator(boolean administrator);
}
