package com.atlassian.event.api;

// Checked against: atlassian-event 5.0.2 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files).
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
