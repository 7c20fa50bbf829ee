package com.atlassian.sal.api;

// Checked against: sal-api 5.1.4 as shipped with Confluence 9.1.1 (CFR decompilation in ngannk-fptu/Decompiled-Files).
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
