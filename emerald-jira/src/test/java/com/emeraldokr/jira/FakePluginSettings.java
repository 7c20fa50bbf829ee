package com.emeraldokr.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira's global plugin settings over a map, served by a mocked {@link PluginSettingsFactory}. */
final class FakePluginSettings {

    final Map<String, Object> values = new HashMap<>();
    final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);

    FakePluginSettings() {
        PluginSettings global = mock(PluginSettings.class);
        when(global.get(anyString())).thenAnswer(i -> values.get((String) i.getArgument(0)));
        when(global.put(anyString(), any())).thenAnswer(i -> values.put(i.getArgument(0), i.getArgument(1)));
        when(factory.createGlobalSettings()).thenReturn(global);
    }

    EmeraldJiraSettings settings() {
        return new EmeraldJiraSettings(factory);
    }

    FakePluginSettings put(String key, Object value) {
        values.put(key, value);
        return this;
    }
}
