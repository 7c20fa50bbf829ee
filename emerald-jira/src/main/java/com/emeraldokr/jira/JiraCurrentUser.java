package com.emeraldokr.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.CurrentUser;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Optional;

/** The logged-in Jira user, by user key (stable across renames). */
@Named
public class JiraCurrentUser implements CurrentUser {

    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraCurrentUser(@ComponentImport JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getKey);
    }
}
