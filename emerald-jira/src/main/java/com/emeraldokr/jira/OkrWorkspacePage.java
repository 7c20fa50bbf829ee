package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.emeraldokr.api.i18n.Messages;

import javax.inject.Inject;
import javax.inject.Named;

import java.net.URI;
import java.util.Optional;

/** What the OKR workspace page needs from Jira: the viewer, the login page, its web resources and its title. */
@Named
public class OkrWorkspacePage {

    /** Complete key of the workspace's web resource (plugin key, colon, module key). */
    static final String WEB_RESOURCE = "com.emeraldokr.emerald-jira:okr-workspace-resources";
    static final String TITLE_KEY = "emerald.workspace.title";

    private final UserManager users;
    private final LoginUriProvider logins;
    private final PageBuilderService pageBuilder;
    private final Messages messages;

    @Inject
    public OkrWorkspacePage(@ComponentImport UserManager users, @ComponentImport LoginUriProvider logins,
                            @ComponentImport PageBuilderService pageBuilder, Messages messages) {
        this.users = users;
        this.logins = logins;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
    }

    /** The logged-in user's key; empty for anonymous visitors. */
    Optional<String> currentUserKey() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.ofNullable(key.getStringValue()).filter(k -> !k.isBlank());
    }

    /** Jira's login page, coming back to {@code returnTo} afterwards. */
    URI loginUri(URI returnTo) {
        return logins.getLoginUri(returnTo);
    }

    /** Puts the workspace's script and styles (and the AUI modules they depend on) on the page being built. */
    void requireResources() {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
    }

    String title() {
        return messages.text(TITLE_KEY);
    }
}
