package com.atlassian.beehive;

// Mirrors com.atlassian.beehive:beehive-api 0.2.x (Jira 10.3 / Platform 7).
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
