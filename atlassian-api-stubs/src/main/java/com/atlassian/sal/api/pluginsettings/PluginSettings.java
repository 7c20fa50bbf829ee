package com.atlassian.sal.api.pluginsettings;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    // remove as declared in com.atlassian.sal:sal-api 5.1.4 (as in Confluence 9.1.1).
    Object remove(String key);
}
