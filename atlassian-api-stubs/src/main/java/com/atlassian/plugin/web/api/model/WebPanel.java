package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// Mirrors com.atlassian.plugins:atlassian-plugins-webfragment-api 7.x (Platform 7, Jira 10.3): com.atlassian.plugin.web.api.model.WebPanel (interface), replacing the deprecated com.atlassian.plugin.web.model.WebPanel with the same two members.
public interface WebPanel {

    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
