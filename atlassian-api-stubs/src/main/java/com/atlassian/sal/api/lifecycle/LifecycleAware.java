package com.atlassian.sal.api.lifecycle;

// Mirrors com.atlassian.sal:sal-api 5.1.4 (as in Confluence 9.1.1): com.atlassian.sal.api.lifecycle.LifecycleAware (interface); both methods abstract.
public interface LifecycleAware {

    void onStart();

    void onStop();
}
