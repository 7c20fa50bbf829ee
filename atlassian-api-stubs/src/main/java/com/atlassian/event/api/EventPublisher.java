package com.atlassian.event.api;

// Mirrors com.atlassian.event:atlassian-event 5.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.event.api.EventPublisher (interface extending EventListenerRegistrar).
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
