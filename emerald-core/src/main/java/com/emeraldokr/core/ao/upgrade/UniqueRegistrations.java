package com.emeraldokr.core.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.ao.RevisionEntity;
import com.emeraldokr.core.ao.upgrade.v1.KeyResultV1;
import com.emeraldokr.core.ao.upgrade.v1.ObjectiveV1;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * Model 5: an issue is registered once. OBJECTIVE.ISSUE_ID and KEY_RESULT.ISSUE_ID become unique, and
 * every registered issue gets its "ISSUE:id" claim in REVISION, whose unique key spans both tables.
 * Before model 5 concurrent registrations could store an issue twice; of such rows the oldest (lowest
 * id) stays and the later ones are dropped, each logged, so the unique keys can be added. An issue
 * registered both as an objective and as a key result keeps both rows (dropping either would lose
 * data someone works with); it is logged and claimed once.
 */
public final class UniqueRegistrations implements SchemaStep {

    private static final Logger LOG = LoggerFactory.getLogger(UniqueRegistrations.class);

    @Override
    public int toVersion() {
        return 5;
    }

    @Override
    public void upgrade(int fromVersion, ActiveObjects ao) {
        dropDuplicateRegistrations(ao);
        ao.migrate(EmeraldEntities.asArray());
        Set<Long> objectives = new HashSet<>();
        for (ObjectiveV1 o : ao.find(ObjectiveV1.class, Query.select().order("ID"))) {
            objectives.add(o.getIssueId());
            claim(ao, o.getIssueId());
        }
        for (KeyResultV1 k : ao.find(KeyResultV1.class, Query.select().order("ID"))) {
            if (objectives.contains(k.getIssueId())) {
                LOG.warn("Issue id {} is both an objective and a key result (stored before model 5); both rows are kept, "
                        + "remove one of them in Emerald", k.getIssueId());
            }
            claim(ao, k.getIssueId());
        }
    }

    private static void claim(ActiveObjects ao, long issueId) {
        if (ao.count(RevisionEntity.class, Query.select().where("REVISION_KEY = ?",
                ActiveObjectsOkrStore.issueClaim(issueId))) == 0) {
            ActiveObjectsOkrStore.claimIssue(ao, issueId, System.currentTimeMillis());
        }
    }

    /**
     * Drops the later rows of an issue stored twice as an objective or twice as a key result, keeping
     * the oldest. Reads only model 1 columns, so it runs on every model before the unique keys are added;
     * the steps that migrate to the current entities call it first.
     */
    static void dropDuplicateRegistrations(ActiveObjects ao) {
        Set<Long> seen = new HashSet<>();
        for (ObjectiveV1 o : ao.find(ObjectiveV1.class, Query.select().order("ID"))) {
            if (!seen.add(o.getIssueId())) {
                LOG.warn("Dropping objective row {}: issue id {} was stored as an objective more than once, "
                        + "the oldest row stays", o.getID(), o.getIssueId());
                ao.delete(o);
            }
        }
        seen.clear();
        for (KeyResultV1 k : ao.find(KeyResultV1.class, Query.select().order("ID"))) {
            if (!seen.add(k.getIssueId())) {
                LOG.warn("Dropping key result row {}: issue id {} was stored as a key result more than once, "
                        + "the oldest row stays", k.getID(), k.getIssueId());
                ao.delete(k);
            }
        }
    }
}
