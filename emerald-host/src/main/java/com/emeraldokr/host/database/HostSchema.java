package com.emeraldokr.host.database;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.upgrade.SchemaStep;
import com.emeraldokr.core.ao.upgrade.SchemaSteps;
import com.emeraldokr.host.auth.HostUserEntity;
import com.emeraldokr.host.auth.ProjectGrantEntity;
import com.emeraldokr.host.cluster.ClusterJobRunEntity;
import com.emeraldokr.host.sandbox.HostSettingEntity;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import com.emeraldokr.host.web.ItemPreferencesEntity;
import net.java.ao.DBParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Brings the host's database to the current model by running Emerald's schema steps, as Jira's
 * Active Objects runs the upgrade tasks: each step newer than the stored version, in order.
 */
public final class HostSchema {

    private static final Logger LOG = LoggerFactory.getLogger(HostSchema.class);

    private final HostDatabase database;
    private final ActiveObjects ao;
    private final List<SchemaStep> steps;

    public HostSchema(HostDatabase database, ActiveObjects ao, List<SchemaStep> steps) {
        this.database = database;
        this.ao = ao;
        this.steps = List.copyOf(steps);
    }

    public static HostSchema current(HostDatabase database, ActiveObjects ao) {
        return new HostSchema(database, ao, SchemaSteps.ALL);
    }

    /** Upgrades and returns the model version reached. */
    @SuppressWarnings("unchecked")
    public int upgrade() {
        if (tableExists(database.tablePrefix().prepend("SANDBOX_ISSUE"))) {
            SandboxIssueDirectory.renumberDuplicateKeys(ao);
        }
        ao.migrate(ModelVersionEntity.class, SandboxIssueEntity.class, SandboxLinkEntity.class, ItemPreferencesEntity.class,
                HostUserEntity.class, ProjectGrantEntity.class, ClusterJobRunEntity.class, HostSettingEntity.class);
        int version = storedVersion();
        for (SchemaStep step : steps) {
            if (step.toVersion() > version) {
                LOG.info("Upgrading Emerald's data model from {} to {}", version, step.toVersion());
                step.upgrade(version, ao);
                version = step.toVersion();
                store(version);
            }
        }
        return version;
    }

    /**
     * The stored version; a database from before versions were recorded, which already has key
     * results, is at model 1.
     */
    int storedVersion() {
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class);
        if (rows.length > 0) {
            return rows[0].getModelVersion();
        }
        return tableExists(database.tablePrefix().prepend("KEY_RESULT")) ? 1 : 0;
    }

    private void store(int version) {
        ao.executeInTransaction(() -> {
            ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class);
            if (rows.length == 0) {
                ao.create(ModelVersionEntity.class, new DBParam("MODEL_VERSION", version));
            } else {
                rows[0].setModelVersion(version);
                rows[0].save();
            }
            return null;
        });
    }

    private boolean tableExists(String table) {
        try (Connection c = database.provider().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).equals(table)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }
}
