package com.atlassian.sal.api.pluginsettings;

// Mirrors com.atlassian.sal:sal-api 6.0.x (Platform 7); only the members Emerald calls.
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
