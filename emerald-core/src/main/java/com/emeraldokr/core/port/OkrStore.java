package com.emeraldokr.core.port;

import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.KeyResultTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Persistence of cycles, objective and key-result metadata, and check-ins. Every command runs in
 * one transaction; every read runs a fixed number of statements, however many rows it returns.
 */
public interface OkrStore {

    Cycle createCycle(String name, LocalDate start, LocalDate end, ZoneId zone, CycleState state);

    Optional<Cycle> findCycle(long cycleId);

    List<Cycle> listCycles();

    /**
     * Writes a stored cycle's name, dates, zone and state.
     *
     * @throws IllegalArgumentException when there is no cycle {@code cycle.id()}
     */
    Cycle updateCycle(Cycle cycle);

    /** How many objectives the cycle holds, archived ones included. */
    int countObjectivesInCycle(long cycleId);

    /**
     * Deletes a cycle that holds no objectives, in one transaction; false, and nothing deleted, when
     * it holds objectives (perhaps added since the caller counted).
     */
    boolean deleteCycle(long cycleId);

    /**
     * Closes a cycle and freezes the given scores, in one transaction; false, and nothing written,
     * when the cycle is already closed. {@code authorKey} is who closed it.
     */
    boolean closeCycle(long cycleId, List<FinalScoreRecord> finalScores, String authorKey);

    /** The frozen scores of a closed cycle's objectives and key results, by issue id; empty while it is open. */
    Map<Long, FinalScoreRecord> findFinalScoresInCycle(long cycleId);

    /** Which of {@code issueIds} already are an objective or a key result. */
    Set<Long> registeredIssueIds(Collection<Long> issueIds);

    /**
     * Registers the objective and its key results in one transaction. An issue may be registered once,
     * as an objective or as a key result: when a concurrent registration of one of these issues commits
     * first, nothing is written and {@link IssuesAlreadyRegisteredException} names the issues it took.
     */
    void createObjective(ObjectiveRecord objective, List<KeyResultRecord> keyResults);

    Optional<ObjectiveRecord> findObjective(long issueId);

    /** Archives or restores an objective; archiving leaves its key results and check-ins as they are. */
    void setObjectiveArchived(long issueId, boolean archived);

    List<ObjectiveRecord> findObjectivesInCycle(long cycleId);

    /** The objectives among {@code issueIds}, in a fixed number of statements; ids that are no objective are absent. */
    List<ObjectiveRecord> findObjectives(Collection<Long> issueIds);

    Optional<KeyResultRecord> findKeyResult(long issueId);

    List<KeyResultRecord> findKeyResultsOfObjective(long objectiveIssueId);

    /** The key results among {@code issueIds}, in a fixed number of statements; ids that are no key result are absent. */
    List<KeyResultRecord> findKeyResults(Collection<Long> issueIds);

    /** The key results of all the given objectives, in a fixed number of statements. */
    List<KeyResultRecord> findKeyResultsOfObjectives(Collection<Long> objectiveIssueIds);

    List<KeyResultRecord> findKeyResultsInCycle(long cycleId);

    /**
     * Replaces a key result's target and weight.
     *
     * @throws StaleVersionException when the key result is no longer at {@code expectedVersion}
     */
    KeyResultRecord updateKeyResult(long issueId, int expectedVersion, KeyResultTarget target, BigDecimal weight,
                                    String authorKey);

    /**
     * Removes the objective's row, its key results' rows, their check-ins and their edit history
     * in one transaction (the issues themselves are the product's); returns false when the issue
     * is no objective.
     */
    boolean deleteObjective(long objectiveIssueId);

    /** Appends a check-in and makes it the key result's latest value, atomically. */
    void recordCheckIn(long keyResultIssueId, CheckIn checkIn);

    /** Check-in histories of the given key results, each oldest first, keyed by key-result issue id. */
    Map<Long, List<CheckIn>> findCheckIns(Collection<Long> keyResultIssueIds);
}
