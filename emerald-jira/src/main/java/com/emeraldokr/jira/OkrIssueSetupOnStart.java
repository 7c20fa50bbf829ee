package com.emeraldokr.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.emeraldokr.core.port.OkrIssueSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Runs the issue setup when Jira has started and the plugin is enabled (SAL calls {@code onStart}
 * then, on every node). A failure is logged, not thrown: Emerald still starts, and an administrator
 * can run the setup again from the admin REST action.
 */
@ExportAsService(LifecycleAware.class)
@Named
public class OkrIssueSetupOnStart implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(OkrIssueSetupOnStart.class);

    private final OkrIssueSetup setup;

    @Inject
    public OkrIssueSetupOnStart(OkrIssueSetup setup) {
        this.setup = setup;
    }

    @Override
    public void onStart() {
        try {
            OkrIssueSetup.Report report = setup.install();
            LOG.info("Emerald issue setup: created {}, found {}", report.created(), report.found());
        } catch (RuntimeException e) {
            LOG.error("Emerald could not set up its issue and link types; run POST /rest/emerald/1.0/admin/issue-setup "
                    + "as an administrator to retry", e);
        }
    }

    @Override
    public void onStop() {
        // nothing to release
    }
}
