package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

// Mirrors com.atlassian.beehive:beehive-api 0.2.x (Jira 10.3 / Platform 7).
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();
}
