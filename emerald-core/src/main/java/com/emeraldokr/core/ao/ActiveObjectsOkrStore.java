package com.emeraldokr.core.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.api.error.StaleVersionException;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.port.FinalScoreRecord;
import com.emeraldokr.core.port.IssuesAlreadyRegisteredException;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.OkrStore;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link OkrStore} on the Active Objects facade: one transaction per command, batched reads. */
@Named
public class ActiveObjectsOkrStore implements OkrStore {

    /** Oracle refuses IN lists longer than 1000; stay well below. */
    static final int MAX_IN_LIST = 500;

    static final String REVISION_KIND = "KR";
    static final String ISSUE_CLAIM = "ISSUE";
    static final String FINAL_OBJECTIVE = "OBJECTIVE";
    static final String FINAL_KEY_RESULT = "KEY_RESULT";

    private final ActiveObjects ao;
    private final Clock clock;
    private final RevisionLock revisions;
    private final CycleListCache cycles;
    private final CycleRowsCache cycleRows;
    private final RetriedTransaction retried;

    @Inject
    public ActiveObjectsOkrStore(@ComponentImport ActiveObjects ao, Clock clock, SharedCaches caches) {
        this.ao = ao;
        this.clock = clock;
        this.revisions = new RevisionLock(ao, clock);
        this.cycles = new CycleListCache(caches, ao);
        this.cycleRows = new CycleRowsCache(caches, ao);
        this.retried = new RetriedTransaction(ao);
    }

    @Override
    public Cycle createCycle(String name, LocalDate start, LocalDate end, ZoneId zone, CycleState state) {
        Cycle created = ao.executeInTransaction(() -> toCycle(ao.create(CycleEntity.class,
                new DBParam("NAME", name),
                new DBParam("START_DATE", start.toString()),
                new DBParam("END_DATE", end.toString()),
                new DBParam("TIME_ZONE", zone.getId()),
                new DBParam("STATE", state.name()))));
        cycles.changed();
        return created;
    }

    @Override
    public Optional<Cycle> findCycle(long cycleId) {
        if (cycleId <= 0 || cycleId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return cycles.find(cycleId);
    }

    @Override
    public List<Cycle> listCycles() {
        return cycles.all();
    }

    @Override
    public Cycle updateCycle(Cycle cycle) {
        return afterCycleChange(() -> ao.executeInTransaction(() -> {
            CycleEntity e = cycle.id() <= 0 || cycle.id() > Integer.MAX_VALUE ? null : ao.get(CycleEntity.class, (int) cycle.id());
            if (e == null) {
                throw new IllegalArgumentException("no cycle " + cycle.id());
            }
            e.setName(cycle.name());
            e.setStartDate(cycle.start().toString());
            e.setEndDate(cycle.end().toString());
            e.setTimeZone(cycle.zone().getId());
            e.setState(cycle.state().name());
            e.save();
            return toCycle(e);
        }));
    }

    /** Runs a cycle command, then drops the cached cycle list on every node, whether it committed or not. */
    private <T> T afterCycleChange(java.util.function.Supplier<T> command) {
        try {
            return command.get();
        } finally {
            cycles.changed();
        }
    }

    @Override
    public int countObjectivesInCycle(long cycleId) {
        return ao.count(ObjectiveEntity.class, Query.select().where("CYCLE_ID = ?", cycleId));
    }

    @Override
    public boolean deleteCycle(long cycleId) {
        return afterCycleChange(() -> ao.executeInTransaction(() -> {
            if (ao.count(ObjectiveEntity.class, Query.select().where("CYCLE_ID = ?", cycleId)) > 0) {
                return false;
            }
            ao.deleteWithSQL(FinalScoreEntity.class, "CYCLE_ID = ?", cycleId);
            ao.deleteWithSQL(CycleEntity.class, "ID = ?", cycleId);
            return true;
        }));
    }

    @Override
    public boolean closeCycle(long cycleId, List<FinalScoreRecord> finalScores, String authorKey) {
        return afterCycleChange(() -> ao.executeInTransaction(() -> {
            CycleEntity cycle = cycleId <= 0 || cycleId > Integer.MAX_VALUE ? null : ao.get(CycleEntity.class, (int) cycleId);
            if (cycle == null) {
                throw new IllegalArgumentException("no cycle " + cycleId);
            }
            if (CycleState.CLOSED.name().equals(cycle.getState())) {
                return false;
            }
            long now = clock.millis();
            for (FinalScoreRecord f : finalScores) {
                // the unique issue id refuses the rows of a second close racing this one: its transaction rolls back
                ao.create(FinalScoreEntity.class,
                        new DBParam("ISSUE_ID", f.issueId()),
                        new DBParam("CYCLE_ID", cycleId),
                        new DBParam("KIND", f.objective() ? FINAL_OBJECTIVE : FINAL_KEY_RESULT),
                        new DBParam("SCORE", f.score().toPlainString()),
                        new DBParam("COMPUTED_SCORE", f.computedScore().toPlainString()),
                        new DBParam("OVERRIDE_REASON", f.overrideReason()),
                        new DBParam("FROZEN_AT", now),
                        new DBParam("AUTHOR_KEY", authorKey));
            }
            cycle.setState(CycleState.CLOSED.name());
            cycle.save();
            return true;
        }));
    }

    @Override
    public Map<Long, FinalScoreRecord> findFinalScoresInCycle(long cycleId) {
        Map<Long, FinalScoreRecord> scores = new LinkedHashMap<>();
        for (FinalScoreEntity e : ao.find(FinalScoreEntity.class, Query.select().where("CYCLE_ID = ?", cycleId).order("ID"))) {
            scores.put(e.getIssueId(), new FinalScoreRecord(e.getIssueId(), e.getCycleId(), FINAL_OBJECTIVE.equals(e.getKind()),
                    new BigDecimal(e.getScore()), new BigDecimal(e.getComputedScore()), e.getOverrideReason()));
        }
        return scores;
    }

    @Override
    public Set<Long> registeredIssueIds(Collection<Long> issueIds) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : chunks(issueIds)) {
            Object[] ids = chunk.toArray();
            for (ObjectiveEntity o : ao.find(ObjectiveEntity.class, inClause("ISSUE_ID", chunk.size()), ids)) {
                found.add(o.getIssueId());
            }
            for (KeyResultEntity k : ao.find(KeyResultEntity.class, inClause("ISSUE_ID", chunk.size()), ids)) {
                found.add(k.getIssueId());
            }
        }
        return found;
    }

    @Override
    public void createObjective(ObjectiveRecord objective, List<KeyResultRecord> keyResults) {
        List<Long> issueIds = new ArrayList<>();
        issueIds.add(objective.issueId());
        keyResults.forEach(kr -> issueIds.add(kr.issueId()));
        try {
            insertObjective(objective, keyResults, issueIds);
        } catch (RuntimeException e) {
            // the unique keys refused a row: a concurrent registration committed first, this transaction rolled back
            Set<Long> taken = registeredIssueIds(issueIds);
            if (!taken.isEmpty()) {
                throw new IssuesAlreadyRegisteredException(taken, e);
            }
            throw e;
        } finally {
            cycleRows.changed(objective.cycleId());
        }
    }

    private void insertObjective(ObjectiveRecord objective, List<KeyResultRecord> keyResults, List<Long> issueIds) {
        ao.executeInTransaction(() -> {
            // an issue is an objective or a key result, never both: the claims' unique key spans the two tables
            for (Long issueId : issueIds) {
                claimIssue(ao, issueId, clock.millis());
            }
            ao.create(ObjectiveEntity.class,
                    new DBParam("ISSUE_ID", objective.issueId()),
                    new DBParam("CYCLE_ID", objective.cycleId()),
                    new DBParam("COMMITMENT", objective.commitment().name()),
                    new DBParam("ARCHIVED", objective.archived()));
            for (KeyResultRecord kr : keyResults) {
                KeyResultTarget t = kr.target();
                ao.create(KeyResultEntity.class,
                        new DBParam("ISSUE_ID", kr.issueId()),
                        new DBParam("OBJECTIVE_ISSUE_ID", objective.issueId()),
                        new DBParam("CYCLE_ID", objective.cycleId()),
                        new DBParam("KIND", t.kind().name()),
                        new DBParam("START_VALUE", t.start().toPlainString()),
                        new DBParam("TARGET_VALUE", t.target().toPlainString()),
                        new DBParam("UPPER_VALUE", t.upper() == null ? null : t.upper().toPlainString()),
                        new DBParam("UNIT", t.unit()),
                        new DBParam("WEIGHT", kr.weight().toPlainString()),
                        new DBParam("VERSION", 1),
                        new DBParam("KPI_ID", kr.kpiId()));
            }
            // a key result measured by a KPI starts with the KPI's values in its cycle
            keyResults.stream().map(KeyResultRecord::kpiId).filter(Objects::nonNull).distinct()
                    .forEach(kpiId -> KpiMeasuredKeyResults.refresh(ao, kpiId, cycle -> { }));
            return null;
        });
    }

    /** The REVISION key that registers an issue as an objective or a key result, once (model 5). */
    public static String issueClaim(long issueId) {
        return ISSUE_CLAIM + ":" + issueId;
    }

    /** Claims the issue for a registration; the unique key refuses a second claim. Runs in the caller's transaction. */
    public static void claimIssue(ActiveObjects ao, long issueId, long atMillis) {
        ao.create(RevisionEntity.class,
                new DBParam("REVISION_KEY", issueClaim(issueId)),
                new DBParam("CHANGED_AT", atMillis),
                new DBParam("AUTHOR_KEY", null));
    }

    @Override
    public Optional<ObjectiveRecord> findObjective(long issueId) {
        return Arrays.stream(ao.find(ObjectiveEntity.class, Query.select().where("ISSUE_ID = ?", issueId)))
                .findFirst().map(ActiveObjectsOkrStore::toObjective);
    }

    @Override
    public void setObjectiveArchived(long issueId, boolean archived) {
        long cycleId = ao.executeInTransaction(() -> {
            ObjectiveEntity objective = Arrays.stream(ao.find(ObjectiveEntity.class, Query.select().where("ISSUE_ID = ?", issueId)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no objective for issue " + issueId));
            objective.setArchived(archived);
            objective.save();
            return objective.getCycleId();
        });
        cycleRows.changed(cycleId);
    }

    @Override
    public List<ObjectiveRecord> findObjectivesInCycle(long cycleId) {
        // only cycles that exist are cached: an id from a request cannot add entries
        return cycles.find(cycleId).isEmpty() ? List.of() : cycleRows.objectives(cycleId);
    }

    @Override
    public List<ObjectiveRecord> findObjectives(Collection<Long> issueIds) {
        List<ObjectiveRecord> found = new ArrayList<>();
        for (List<Long> chunk : chunks(issueIds)) {
            Arrays.stream(ao.find(ObjectiveEntity.class, Query.select().where(inClause("ISSUE_ID", chunk.size()), chunk.toArray())
                    .order("ID"))).map(ActiveObjectsOkrStore::toObjective).forEach(found::add);
        }
        return found;
    }

    @Override
    public List<KeyResultRecord> findKeyResults(Collection<Long> issueIds) {
        return keyResultsIn("ISSUE_ID", issueIds);
    }

    @Override
    public List<KeyResultRecord> findKeyResultsOfObjectives(Collection<Long> objectiveIssueIds) {
        return keyResultsIn("OBJECTIVE_ISSUE_ID", objectiveIssueIds);
    }

    private List<KeyResultRecord> keyResultsIn(String column, Collection<Long> ids) {
        List<KeyResultRecord> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            Arrays.stream(ao.find(KeyResultEntity.class, Query.select().where(inClause(column, chunk.size()), chunk.toArray())
                    .order("ID"))).map(ActiveObjectsOkrStore::toKeyResult).forEach(found::add);
        }
        return found;
    }

    @Override
    public Optional<KeyResultRecord> findKeyResult(long issueId) {
        return Arrays.stream(ao.find(KeyResultEntity.class, Query.select().where("ISSUE_ID = ?", issueId)))
                .findFirst().map(ActiveObjectsOkrStore::toKeyResult);
    }

    @Override
    public List<KeyResultRecord> findKeyResultsOfObjective(long objectiveIssueId) {
        return keyResultsWhere("OBJECTIVE_ISSUE_ID = ?", objectiveIssueId);
    }

    @Override
    public List<KeyResultRecord> findKeyResultsInCycle(long cycleId) {
        return cycles.find(cycleId).isEmpty() ? List.of() : cycleRows.keyResults(cycleId);
    }

    private List<KeyResultRecord> keyResultsWhere(String criteria, long id) {
        return Arrays.stream(ao.find(KeyResultEntity.class, Query.select().where(criteria, id).order("ID")))
                .map(ActiveObjectsOkrStore::toKeyResult).toList();
    }

    @Override
    public KeyResultRecord updateKeyResult(long issueId, int expectedVersion, KeyResultTarget target, BigDecimal weight,
                                           String authorKey) {
        int next = expectedVersion + 1;
        KeyResultRecord updated = revisions.edit(REVISION_KIND, issueId, next, () -> {
            KeyResultEntity kr = Arrays.stream(ao.find(KeyResultEntity.class, Query.select().where("ISSUE_ID = ?", issueId)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no key result for issue " + issueId));
            if (kr.getVersion() != expectedVersion) {
                throw stale(issueId, expectedVersion);
            }
            revisions.claim(REVISION_KIND, issueId, next, authorKey);
            kr.setKind(target.kind().name());
            kr.setStartValue(target.start().toPlainString());
            kr.setTargetValue(target.target().toPlainString());
            kr.setUpperValue(target.upper() == null ? null : target.upper().toPlainString());
            kr.setUnit(target.unit());
            kr.setWeight(weight.toPlainString());
            kr.setVersion(next);
            kr.save();
            return toKeyResult(kr);
        }, () -> stale(issueId, expectedVersion));
        cycleRows.changed(updated.cycleId());
        return updated;
    }

    private static StaleVersionException stale(long issueId, int expectedVersion) {
        return new StaleVersionException("version", "key result " + issueId + " is no longer at version " + expectedVersion);
    }

    @Override
    public boolean deleteObjective(long objectiveIssueId) {
        Optional<Long> deletedFrom = ao.executeInTransaction(() -> {
            ObjectiveEntity[] objective = ao.find(ObjectiveEntity.class,
                    Query.select().where("ISSUE_ID = ?", objectiveIssueId));
            if (objective.length == 0) {
                return Optional.<Long>empty();
            }
            long cycleId = objective[0].getCycleId();
            List<Long> keyResultIds = Arrays.stream(ao.find(KeyResultEntity.class,
                            Query.select().where("OBJECTIVE_ISSUE_ID = ?", objectiveIssueId)))
                    .map(KeyResultEntity::getIssueId).toList();
            for (List<Long> chunk : chunks(keyResultIds)) {
                ao.deleteWithSQL(CheckInEntity.class, inClause("KEY_RESULT_ISSUE_ID", chunk.size()), chunk.toArray());
            }
            // the claimed versions go too: a key result registered again starts at version 1 and must be editable
            for (Long id : keyResultIds) {
                ao.deleteWithSQL(RevisionEntity.class, "REVISION_KEY LIKE ?", REVISION_KIND + ":" + id + ":%");
            }
            ao.deleteWithSQL(KeyResultEntity.class, "OBJECTIVE_ISSUE_ID = ?", objectiveIssueId);
            ao.delete(objective);
            List<Long> released = new ArrayList<>(keyResultIds);
            released.add(objectiveIssueId);
            for (List<Long> chunk : chunks(released)) {
                ao.deleteWithSQL(RevisionEntity.class, inClause("REVISION_KEY", chunk.size()),
                        chunk.stream().map(ActiveObjectsOkrStore::issueClaim).toArray());
            }
            return Optional.of(cycleId);
        });
        deletedFrom.ifPresent(cycleRows::changed);
        return deletedFrom.isPresent();
    }

    @Override
    public void recordCheckIn(long keyResultIssueId, CheckIn checkIn) {
        // many people check in on one key result at once: the row of its latest value is contended, and a
        // transaction the database refused for that is rolled back whole and runs again
        long cycleId = retried.run(() -> {
            KeyResultEntity kr = Arrays.stream(ao.find(KeyResultEntity.class,
                            Query.select().where("ISSUE_ID = ?", keyResultIssueId)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no key result for issue " + keyResultIssueId));
            long at = checkIn.at().toEpochMilli();
            ao.create(CheckInEntity.class,
                    new DBParam("KEY_RESULT_ISSUE_ID", keyResultIssueId),
                    new DBParam("CREATED_AT", at),
                    new DBParam("METRIC_VALUE", checkIn.value().toPlainString()),
                    new DBParam("CONFIDENCE", checkIn.confidence()),
                    new DBParam("NOTE", checkIn.note()),
                    new DBParam("AUTHOR_KEY", checkIn.author()));
            // A check-in back-dated behind the latest one joins the history without replacing the latest value.
            if (kr.getLatestAt() == null || kr.getLatestAt() <= at) {
                kr.setLatestValue(checkIn.value().toPlainString());
                kr.setLatestAt(at);
                kr.setLatestConfidence(checkIn.confidence());
                kr.save();
            }
            return kr.getCycleId();
        });
        cycleRows.changed(cycleId);
    }

    @Override
    public Map<Long, List<CheckIn>> findCheckIns(Collection<Long> keyResultIssueIds) {
        Map<Long, List<CheckIn>> byKeyResult = new LinkedHashMap<>();
        keyResultIssueIds.forEach(id -> byKeyResult.put(id, new ArrayList<>()));
        for (List<Long> chunk : chunks(keyResultIssueIds)) {
            CheckInEntity[] rows = ao.find(CheckInEntity.class, Query.select()
                    .where(inClause("KEY_RESULT_ISSUE_ID", chunk.size()), chunk.toArray())
                    .order("CREATED_AT, ID"));
            for (CheckInEntity row : rows) {
                byKeyResult.get(row.getKeyResultIssueId()).add(toCheckIn(row));
            }
        }
        // key results measured by a KPI read the KPI's measurements in their cycle instead
        List<KeyResultEntity> measured = new ArrayList<>();
        for (List<Long> chunk : chunks(keyResultIssueIds)) {
            List<Object> args = new ArrayList<>(chunk);
            measured.addAll(Arrays.asList(ao.find(KeyResultEntity.class, Query.select()
                    .where(inClause("ISSUE_ID", chunk.size()) + " AND KPI_ID IS NOT NULL", args.toArray()))));
        }
        byKeyResult.putAll(KpiMeasuredKeyResults.checkIns(ao, measured));
        byKeyResult.replaceAll((id, list) -> Collections.unmodifiableList(list));
        return byKeyResult;
    }

    static String inClause(String column, int size) {
        return column + " IN (" + String.join(",", Collections.nCopies(size, "?")) + ")";
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += MAX_IN_LIST) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + MAX_IN_LIST)));
        }
        return chunks;
    }

    static Cycle toCycle(CycleEntity e) {
        return new Cycle(e.getID(), e.getName(), LocalDate.parse(e.getStartDate()), LocalDate.parse(e.getEndDate()),
                ZoneId.of(e.getTimeZone()), CycleState.valueOf(e.getState()));
    }

    static ObjectiveRecord toObjective(ObjectiveEntity e) {
        return new ObjectiveRecord(e.getIssueId(), e.getCycleId(), Commitment.valueOf(e.getCommitment()), e.isArchived());
    }

    static KeyResultRecord toKeyResult(KeyResultEntity e) {
        KeyResultTarget target = new KeyResultTarget(KeyResultKind.valueOf(e.getKind()),
                new BigDecimal(e.getStartValue()), new BigDecimal(e.getTargetValue()),
                e.getUpperValue() == null ? null : new BigDecimal(e.getUpperValue()), e.getUnit());
        Optional<CheckIn> latest = e.getLatestAt() == null ? Optional.empty()
                : Optional.of(new CheckIn(Instant.ofEpochMilli(e.getLatestAt()), new BigDecimal(e.getLatestValue()),
                e.getLatestConfidence(), "", null));
        return new KeyResultRecord(e.getIssueId(), e.getObjectiveIssueId(), e.getCycleId(), target,
                new BigDecimal(e.getWeight()), latest, e.getVersion(), e.getKpiId());
    }

    private static CheckIn toCheckIn(CheckInEntity e) {
        return new CheckIn(Instant.ofEpochMilli(e.getCreatedAt()), new BigDecimal(e.getMetricValue()),
                e.getConfidence(), e.getNote(), e.getAuthorKey());
    }
}
