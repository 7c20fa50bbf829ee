package com.atlassian.sal.api.lifecycle;

// Checked against: sal-api 5.1.4 as shipped with Confluence 9.1.1 (CFR decompilation in
// ngannk-fptu/Decompiled-Files); both methods abstract.
public interface LifecycleAware {

    void onStart();

    void onStop();
}
