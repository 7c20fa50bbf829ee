package com.atlassian.plugin.web;

import java.util.Map;

// Checked against: atlassian-plugins-webfragment source com/atlassian/plugin/web/Condition.java and plugins built
// against Jira 8/9 (init(Map<String, String>) throws PluginParseException, shouldDisplay(Map<String, Object>)).
// The throws clause is left out: Emerald never throws it, and it is not part of the method descriptor.
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
