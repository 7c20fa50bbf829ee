package com.emeraldokr.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.ClusterLocks;

import javax.inject.Inject;
import javax.inject.Named;

/** Cluster locks from Jira Data Center's cluster lock service (a node's locks are freed when it leaves the cluster). */
@Named
public class JiraClusterLocks implements ClusterLocks {

    private final ClusterLockService locks;

    @Inject
    public JiraClusterLocks(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public boolean runIfFree(String lockName, Runnable work) {
        return ClusterLocks.runHoldingIfFree(locks.getLockForName(lockName), work);
    }
}
