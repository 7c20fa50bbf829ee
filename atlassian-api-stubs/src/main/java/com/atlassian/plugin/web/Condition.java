package com.atlassian.plugin.web;

import java.util.Map;

// Mirrors com.atlassian.plugins:atlassian-plugins-webfragment as Jira 8 and 9 ship it: com.atlassian.plugin.web.Condition
// (interface; init(Map<String, String>) throws PluginParseException, shouldDisplay(Map<String, Object>)).
// The throws clause is left out: Emerald never throws it, and it is not part of the method descriptor.
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
