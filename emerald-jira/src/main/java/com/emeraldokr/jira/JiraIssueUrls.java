package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import javax.inject.Inject;
import javax.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of Jira pages Emerald links to, relative to the context path so they work behind any proxy. */
@Named
public class JiraIssueUrls {

    private final ApplicationProperties applicationProperties;

    @Inject
    public JiraIssueUrls(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    public String browse(String issueKey) {
        return applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/browse/"
                + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }
}
