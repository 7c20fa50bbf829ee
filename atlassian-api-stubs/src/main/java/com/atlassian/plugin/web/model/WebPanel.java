package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// Checked against: Confluence 9.1.1's UserTimeZonePanel (CFR decompilation in ngannk-fptu/Decompiled-Files), which
// implements com.atlassian.plugin.web.model.WebPanel with exactly these two methods.
public interface WebPanel {

    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
