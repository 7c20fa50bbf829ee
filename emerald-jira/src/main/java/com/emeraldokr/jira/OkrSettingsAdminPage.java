package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.Html;
import com.emeraldokr.core.port.Permissions;

import javax.inject.Inject;
import javax.inject.Named;

import java.net.URI;

/**
 * The OKR settings page in Jira's administration: the viewer, whether they administer Jira, the login
 * page, the settings script's web resource and the page around its root element, which Jira's admin
 * decorator frames.
 */
@Named
public class OkrSettingsAdminPage {

    /** Complete key of the settings page's web resource (plugin key, colon, module key). */
    static final String WEB_RESOURCE = "com.emeraldokr.emerald-jira:okr-settings-resources";
    static final String TITLE_KEY = "emerald.settings.title";
    /** Id of the element the settings script looks for. */
    static final String ROOT_ID = "emerald-okr-settings";
    /** The web item's section and key, so Jira marks it in the admin menu. */
    static final String ADMIN_SECTION = "system.admin/globalsettings";
    static final String ADMIN_TAB = "okr-settings-admin-link";

    private final UserManager users;
    private final LoginUriProvider logins;
    private final PageBuilderService pageBuilder;
    private final Permissions permissions;
    private final Messages messages;

    @Inject
    public OkrSettingsAdminPage(@ComponentImport UserManager users, @ComponentImport LoginUriProvider logins,
                                @ComponentImport PageBuilderService pageBuilder, Permissions permissions, Messages messages) {
        this.users = users;
        this.logins = logins;
        this.pageBuilder = pageBuilder;
        this.permissions = permissions;
        this.messages = messages;
    }

    boolean loggedIn() {
        UserKey key = users.getRemoteUserKey();
        return key != null && key.getStringValue() != null && !key.getStringValue().isBlank();
    }

    boolean administers() {
        return permissions.isAdministrator();
    }

    URI loginUri(URI returnTo) {
        return logins.getLoginUri(returnTo);
    }

    void requireResources() {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
    }

    String forbiddenText() {
        return messages.text("emerald.settings.forbidden");
    }

    /** The page: Jira's admin decorator around the settings script's root element; every value escaped. */
    String html(String contextPath) {
        String base = contextPath == null ? "" : contextPath;
        return "<!DOCTYPE html>\n<html>\n<head>\n"
                + "<title>" + Html.escape(messages.text(TITLE_KEY)) + "</title>\n"
                + "<meta name=\"decorator\" content=\"admin\">\n"
                + "<meta name=\"admin.active.section\" content=\"" + Html.escape(ADMIN_SECTION) + "\">\n"
                + "<meta name=\"admin.active.tab\" content=\"" + Html.escape(ADMIN_TAB) + "\">\n"
                + "</head>\n<body>\n"
                + "<div id=\"" + ROOT_ID + "\" data-rest-base=\"" + Html.escape(base + "/rest/emerald/1.0") + "\"></div>\n"
                + "</body>\n</html>\n";
    }
}
