package com.atlassian.event.api;

// Mirrors com.atlassian.event:atlassian-event 5.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.event.api.EventListenerRegistrar (interface); members as declared there.
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
