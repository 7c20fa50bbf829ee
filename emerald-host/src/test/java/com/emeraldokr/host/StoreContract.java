package com.emeraldokr.host;

import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.ActiveObjectsSettingsStore;
import com.emeraldokr.core.ao.EmeraldEntities;
import com.emeraldokr.core.ao.SettingsEntity;
import com.emeraldokr.core.domain.CheckIn;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.Commitment;
import com.emeraldokr.core.domain.Cycle;
import com.emeraldokr.core.domain.CycleState;
import com.emeraldokr.core.domain.GradeBands;
import com.emeraldokr.core.domain.KeyResultKind;
import com.emeraldokr.core.domain.KeyResultTarget;
import com.emeraldokr.core.domain.ObjectiveStatusMode;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.domain.StatusThresholds;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.IssuesAlreadyRegisteredException;
import com.emeraldokr.core.port.KeyResultRecord;
import com.emeraldokr.core.port.ObjectiveRecord;
import com.emeraldokr.core.port.SharedCaches;
import com.emeraldokr.host.cluster.NodeCaches;
import com.emeraldokr.host.database.EntityManagerActiveObjects;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.sandbox.ProjectAccess;
import com.emeraldokr.host.sandbox.ProjectPermission;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueEntity;
import com.emeraldokr.host.sandbox.SandboxLinkEntity;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store tests, run against every database the host supports. Each database gets one schema per
 * test class; tests keep apart by using their own issue ids and cycles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    private final AtomicLong nextIssueId = new AtomicLong(1_000);
    private HostDatabase database;
    EntityManagerActiveObjects ao;
    private ActiveObjectsOkrStore store;
    private SandboxIssueDirectory sandbox;

    /** A fresh, empty database for this test class. */
    protected abstract HostDatabase openDatabase() throws Exception;

    protected void closeDatabase() throws Exception {
    }

    @BeforeAll
    void open() throws Exception {
        database = openDatabase();
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(EmeraldEntities.ALL);
        entities.add(SandboxIssueEntity.class);
        entities.add(SandboxLinkEntity.class);
        database.migrate(entities);
        ao = new EntityManagerActiveObjects(database.entityManager());
        store = new ActiveObjectsOkrStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        sandbox = new SandboxIssueDirectory(ao);
    }

    @AfterAll
    void close() throws Exception {
        database.close();
        closeDatabase();
    }

    private Cycle cycle(String name) {
        return store.createCycle(name, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                ZoneId.of("Europe/Berlin"), CycleState.ACTIVE);
    }

    private KeyResultRecord keyResult(long objectiveIssueId, long cycleId, String start, String target, String unit) {
        return new KeyResultRecord(nextIssueId.incrementAndGet(), objectiveIssueId, cycleId,
                new KeyResultTarget(KeyResultKind.INCREASE_TO, new BigDecimal(start), new BigDecimal(target), unit),
                new BigDecimal("1.5"), Optional.empty());
    }

    private ObjectiveRecord objectiveWithKeyResults(Cycle cycle, int keyResults) {
        ObjectiveRecord objective = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.COMMITTED);
        List<KeyResultRecord> krs = new ArrayList<>();
        for (int i = 0; i < keyResults; i++) {
            krs.add(keyResult(objective.issueId(), cycle.id(), "0", "100", "%"));
        }
        store.createObjective(objective, krs);
        return objective;
    }

    @Test
    void settingsAreTheDefaultsUntilSavedThenOneRowThatEverySaveReplaces() {
        ActiveObjectsSettingsStore settings = new ActiveObjectsSettingsStore(ao, Clock.systemUTC(), SharedCaches.NONE);
        assertThat(settings.load()).isEqualTo(OkrSettings.DEFAULTS);
        OkrSettings first = new OkrSettings(new GradeBands(new BigDecimal("0.35"), new BigDecimal("0.75")),
                new StatusThresholds(new BigDecimal("0.95"), new BigDecimal("0.5")), ObjectiveStatusMode.WEIGHTED_PROGRESS,
                Month.APRIL, CheckInCadence.BIWEEKLY, Map.of("PLAT", CheckInCadence.MONTHLY, "GROW", CheckInCadence.WEEKLY),
                false, ZoneId.of("Europe/Berlin"));
        settings.save(first, "admin");
        assertThat(settings.load()).isEqualTo(first);
        OkrSettings second = new OkrSettings(GradeBands.DEFAULTS, StatusThresholds.DEFAULTS, ObjectiveStatusMode.WORST_KEY_RESULT,
                Month.JULY, CheckInCadence.MONTHLY, Map.of(), true, ZoneId.of("America/New_York"));
        settings.save(second, "other");
        assertThat(settings.load()).isEqualTo(second);
        assertThat(ao.count(SettingsEntity.class)).isEqualTo(1);
    }

    @Test
    void cyclesRoundTripWithTheirZoneAndState() {
        Cycle created = cycle("Round trip");
        assertThat(store.findCycle(created.id())).contains(created);
        assertThat(created.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(store.listCycles()).contains(created);
        assertThat(store.findCycle(999_999)).isEmpty();
    }

    @Test
    void anObjectiveIsStoredWithItsKeyResultsAndExactDecimals() {
        Cycle cycle = cycle("Objectives");
        ObjectiveRecord objective = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.ASPIRATIONAL);
        KeyResultRecord money = keyResult(objective.issueId(), cycle.id(), "142000.10", "110000.0000000001", "USD");
        KeyResultRecord share = keyResult(objective.issueId(), cycle.id(), "-5", "0.3", "%");
        store.createObjective(objective, List.of(money, share));

        assertThat(store.findObjective(objective.issueId())).contains(objective);
        assertThat(store.findObjectivesInCycle(cycle.id())).containsExactly(objective);
        assertThat(store.findKeyResultsOfObjective(objective.issueId())).containsExactly(money, share);
        assertThat(store.findKeyResultsInCycle(cycle.id())).containsExactly(money, share);
        assertThat(store.findKeyResult(money.issueId()).orElseThrow().target().target().toPlainString())
                .isEqualTo("110000.0000000001");
        assertThat(store.registeredIssueIds(List.of(objective.issueId(), share.issueId(), 42L)))
                .containsExactlyInAnyOrder(objective.issueId(), share.issueId());
    }

    @Test
    void aCheckInBecomesTheLatestValueAndJoinsTheHistory() {
        Cycle cycle = cycle("Check-ins");
        ObjectiveRecord objective = objectiveWithKeyResults(cycle, 1);
        long kr = store.findKeyResultsOfObjective(objective.issueId()).get(0).issueId();
        CheckIn first = new CheckIn(Instant.parse("2026-10-05T09:00:00Z"), new BigDecimal("12.5"), 6, "first", "alice");
        CheckIn second = new CheckIn(Instant.parse("2026-10-12T09:00:00Z"), new BigDecimal("20"), 7, "", "bob");
        CheckIn backdated = new CheckIn(Instant.parse("2026-10-08T09:00:00Z"), new BigDecimal("15"), 5, "late", "carol");
        store.recordCheckIn(kr, first);
        store.recordCheckIn(kr, second);
        store.recordCheckIn(kr, backdated);

        KeyResultRecord stored = store.findKeyResult(kr).orElseThrow();
        assertThat(stored.latestCheckIn().orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(stored.latestCheckIn().orElseThrow().confidence()).isEqualTo(7);
        assertThat(store.findCheckIns(List.of(kr)).get(kr)).containsExactly(first, backdated, second);
    }

    @Test
    void anIssueIsRegisteredOnceAsAnObjectiveOrAKeyResultAndFreeAgainWhenDeleted() {
        Cycle cycle = cycle("Once");
        ObjectiveRecord first = objectiveWithKeyResults(cycle, 1);
        long kr = store.findKeyResultsOfObjective(first.issueId()).get(0).issueId();

        // the service checks first; these are the inserts of registrations that raced past that check
        ObjectiveRecord again = new ObjectiveRecord(first.issueId(), cycle.id(), Commitment.ASPIRATIONAL);
        assertThatThrownBy(() -> store.createObjective(again, List.of()))
                .isInstanceOf(IssuesAlreadyRegisteredException.class)
                .satisfies(e -> assertThat(((IssuesAlreadyRegisteredException) e).issueIds()).containsExactly(first.issueId()));
        ObjectiveRecord krAsObjective = new ObjectiveRecord(kr, cycle.id(), Commitment.COMMITTED);
        KeyResultRecord fresh = keyResult(kr, cycle.id(), "0", "1", "%");
        assertThatThrownBy(() -> store.createObjective(krAsObjective, List.of(fresh)))
                .isInstanceOf(IssuesAlreadyRegisteredException.class);
        ObjectiveRecord other = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.COMMITTED);
        KeyResultRecord objectiveAsKr = new KeyResultRecord(first.issueId(), other.issueId(), cycle.id(),
                fresh.target(), BigDecimal.ONE, Optional.empty());
        assertThatThrownBy(() -> store.createObjective(other, List.of(objectiveAsKr)))
                .isInstanceOf(IssuesAlreadyRegisteredException.class);
        // nothing of the refused registrations was written
        assertThat(store.registeredIssueIds(List.of(other.issueId(), fresh.issueId()))).isEmpty();
        assertThat(store.findObjectivesInCycle(cycle.id())).containsExactly(first);
        assertThat(store.findKeyResultsInCycle(cycle.id())).extracting(KeyResultRecord::issueId).containsExactly(kr);

        // deleting the objective frees its issues for a new registration, either way round
        assertThat(store.deleteObjective(first.issueId())).isTrue();
        store.createObjective(krAsObjective, List.of(new KeyResultRecord(first.issueId(), kr, cycle.id(), fresh.target(),
                BigDecimal.ONE, Optional.empty())));
        assertThat(store.findObjective(kr)).isPresent();
        assertThat(store.findKeyResult(first.issueId())).isPresent();
    }

    @Test
    void twentyConcurrentSandboxCreatesGetTwentyDistinctKeys() throws Exception {
        String project = "RACE" + nextIssueId.incrementAndGet();
        List<IssueSummary> created = ConcurrentRegistration.concurrently(() -> sandbox.create(
                new SandboxIssueDirectory.NewIssue(project, "Task", "Racing", "new", null, null)));
        assertThat(created).extracting(IssueSummary::key).doesNotHaveDuplicates()
                .hasSize(ConcurrentRegistration.CLIENTS).allMatch(key -> key.matches(project + "-\\d+"));
        assertThat(sandbox.issuesOfProject(project)).extracting(IssueSummary::key).doesNotHaveDuplicates()
                .hasSize(ConcurrentRegistration.CLIENTS);
        assertThat(sandbox.create(new SandboxIssueDirectory.NewIssue(project, "Task", "After", "new", null, null)).key())
                .isEqualTo(project + "-" + (ConcurrentRegistration.CLIENTS + 1));
    }

    @Test
    void aFailedCommandWritesNothing() {
        Cycle cycle = cycle("Rollback");
        ObjectiveRecord objective = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.COMMITTED);
        KeyResultRecord good = keyResult(objective.issueId(), cycle.id(), "0", "1", "%");
        KeyResultRecord tooLong = keyResult(objective.issueId(), cycle.id(), "0", "1", "u".repeat(200));

        assertThatThrownBy(() -> store.createObjective(objective, List.of(good, tooLong)))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.registeredIssueIds(List.of(objective.issueId(), good.issueId(), tooLong.issueId()))).isEmpty();
        assertThat(store.findObjectivesInCycle(cycle.id())).isEmpty();
    }

    @Test
    void anExceptionInsideATransactionReachesTheCallerUnchangedAndUndoesItsWrites() {
        IllegalStateException failure = new IllegalStateException("stopped half-way");
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            sandbox.create(new SandboxIssueDirectory.NewIssue("UNDO", "Story", "Written, then undone", "new", null, null));
            throw failure;
        })).isSameAs(failure);
        assertThat(sandbox.issuesOfProject("UNDO")).isEmpty();
    }

    @Test
    void aTransactionInsideATransactionJoinsIt() {
        List<IssueSummary> created = ao.executeInTransaction(() -> List.of(
                sandbox.create(new SandboxIssueDirectory.NewIssue("JOIN", "Story", "First", "new", null, null)),
                sandbox.create(new SandboxIssueDirectory.NewIssue("JOIN", "Story", "Second", "new", null, null))));
        assertThat(sandbox.issuesOfProject("JOIN")).isEqualTo(created);
    }

    @Test
    void tablesAreNamedLikeJirasActiveObjectsNamesThem() throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection c = database.provider().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (name.startsWith("AO_")) {
                    tables.add(name);
                }
            }
        }
        assertThat(database.tablePrefix().prefix()).isEqualTo("AO_DA61A5");
        assertThat(tables).contains("AO_DA61A5_CYCLE", "AO_DA61A5_OBJECTIVE", "AO_DA61A5_KEY_RESULT",
                "AO_DA61A5_CHECK_IN", "AO_DA61A5_SANDBOX_ISSUE");
        assertThat(tables).allMatch(t -> t.length() <= 30, "within Oracle's 30 characters");
    }

    @Test
    void readingACycleTakesTheSameStatementsForFewAndManyObjectives() {
        Cycle small = cycle("Small");
        Cycle large = cycle("Large");
        for (int i = 0; i < 10; i++) {
            objectiveWithKeyResults(small, 1);
        }
        for (int i = 0; i < 1_000; i++) {
            objectiveWithKeyResults(large, 1);
        }
        int smallCount = statementsFor(() -> store.findObjectivesInCycle(small.id()).size()
                + store.findKeyResultsInCycle(small.id()).size(), 20);
        int largeCount = statementsFor(() -> store.findObjectivesInCycle(large.id()).size()
                + store.findKeyResultsInCycle(large.id()).size(), 2_000);
        assertThat(smallCount).isPositive().isEqualTo(largeCount);
    }

    @Test
    void sandboxIssuesAreNumberedPerProjectAndReadInOneStatement() {
        List<IssueSummary> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(sandbox.create(new SandboxIssueDirectory.NewIssue("Tst", "Story", "Story " + i, "new", i, null)));
        }
        assertThat(created.get(0).key()).isEqualTo("TST-1");
        assertThat(created.get(29).key()).isEqualTo("TST-30");
        assertThat(sandbox.findVisibleByKey("TST-7")).contains(created.get(6));
        List<Long> three = created.subList(0, 3).stream().map(IssueSummary::id).toList();
        List<Long> thirty = created.stream().map(IssueSummary::id).toList();
        int oneQuery = statementsFor(() -> sandbox.findVisibleByIds(three).size(), 3);
        assertThat(statementsFor(() -> sandbox.findVisibleByIds(thirty).size(), 30)).isEqualTo(oneQuery);

        // 1,200 ids, mostly of no issue: still one statement (the sandbox stands in for Jira's search, not an AO store)
        List<Long> manyIds = LongStream.rangeClosed(1, 1_200).boxed().toList();
        assertThat(statementsFor(() -> sandbox.findVisibleByIds(manyIds).keySet().containsAll(thirty) ? 1 : 0, 1))
                .isEqualTo(oneQuery);
    }

    @Test
    void deletingAnObjectiveRemovesItsRowsCheckInsAndEditHistoryAndNothingElse() {
        Cycle cycle = cycle("Deleting");
        ObjectiveRecord doomed = objectiveWithKeyResults(cycle, 2);
        ObjectiveRecord kept = objectiveWithKeyResults(cycle, 1);
        List<KeyResultRecord> doomedKrs = store.findKeyResultsOfObjective(doomed.issueId());
        KeyResultRecord keptKr = store.findKeyResultsOfObjective(kept.issueId()).get(0);
        CheckIn checkIn = new CheckIn(Instant.parse("2026-10-05T09:00:00Z"), BigDecimal.TEN, 6, "", "alice");
        doomedKrs.forEach(k -> store.recordCheckIn(k.issueId(), checkIn));
        store.recordCheckIn(keptKr.issueId(), checkIn);
        KeyResultRecord edited = doomedKrs.get(0);
        store.updateKeyResult(edited.issueId(), 1, edited.target(), BigDecimal.ONE, "alice");

        assertThat(store.deleteObjective(doomed.issueId())).isTrue();

        assertThat(store.findObjective(doomed.issueId())).isEmpty();
        assertThat(store.findKeyResultsOfObjective(doomed.issueId())).isEmpty();
        assertThat(store.findCheckIns(doomedKrs.stream().map(KeyResultRecord::issueId).toList()).values())
                .allSatisfy(history -> assertThat(history).isEmpty());
        assertThat(store.findObjectivesInCycle(cycle.id())).containsExactly(kept);
        assertThat(store.findCheckIns(List.of(keptKr.issueId())).get(keptKr.issueId())).hasSize(1);
        assertThat(store.deleteObjective(doomed.issueId())).as("already gone").isFalse();

        // registered again, the key result starts over at version 1 and its first edit is not taken for a stale one
        store.createObjective(doomed, List.of(edited));
        assertThat(store.updateKeyResult(edited.issueId(), 1, edited.target(), BigDecimal.TEN, "bob").version()).isEqualTo(2);
    }

    @Test
    void sandboxDetailsByIdCarryTheAssigneeInOneStatementAndSearchFindsBySubstringOrKey() {
        List<IssueSummary> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(sandbox.create(new SandboxIssueDirectory.NewIssue("PICK", i % 2 == 0 ? "Epic" : "Story",
                    "Pick 100% of item_" + i, "new", null, null)));
        }
        sandbox.assign("PICK-1", "ada", "Ada Lovelace");
        List<Long> two = created.subList(0, 2).stream().map(IssueSummary::id).toList();
        List<Long> twelve = created.stream().map(IssueSummary::id).toList();
        assertThat(statementsFor(() -> sandbox.findVisibleDetailsByIds(twelve).size(), 12))
                .isEqualTo(statementsFor(() -> sandbox.findVisibleDetailsByIds(two).size(), 2));
        var details = sandbox.findVisibleDetailsByIds(two);
        assertThat(details.get(created.get(0).id()).assignee()).isEqualTo(new com.emeraldokr.core.port.Assignee("ada", "Ada Lovelace"));
        assertThat(details.get(created.get(1).id()).assignee()).isNull();
        assertThat(details.get(created.get(1).id()).projectKey()).isEqualTo("PICK");

        assertThat(sandbox.search("ITEM_1", null, 50)).extracting(d -> d.key()).containsExactly("PICK-2", "PICK-11", "PICK-12");
        assertThat(sandbox.search("item_1", com.emeraldokr.core.port.IssueRole.EPIC, 50)).extracting(d -> d.key())
                .containsExactly("PICK-11");
        assertThat(sandbox.search("100%", null, 3)).hasSize(3);
        assertThat(sandbox.search("1%", null, 50)).as("a % is a character, not a wildcard").isEmpty();
        assertThat(sandbox.search("pick-12", null, 2)).extracting(d -> d.key()).first().isEqualTo("PICK-12");
    }

    @Test
    void theSandboxShowsAUserOnlyTheProjectsTheyMayBrowseAndEditsOnlyWithEditIssues() {
        IssueSummary seen = sandbox.create(new SandboxIssueDirectory.NewIssue("SEEN", "Epic", "Visible epic", "new", null, null));
        IssueSummary hidden = sandbox.create(new SandboxIssueDirectory.NewIssue("HIDDEN", "Epic", "Hidden epic", "new", null, null));
        ProjectAccess viewer = permission -> permission == ProjectPermission.BROWSE_PROJECTS ? Set.of("SEEN") : Set.of();
        SandboxIssueDirectory asViewer = sandbox.as(viewer);

        assertThat(asViewer.search("epic", null, 50)).extracting(d -> d.key()).containsExactly(seen.key());
        assertThat(asViewer.search(hidden.key(), null, 50)).isEmpty();
        assertThat(asViewer.findVisibleByKey(hidden.key())).isEmpty();
        assertThat(asViewer.findVisibleDetailsByIds(List.of(seen.id(), hidden.id()))).containsOnlyKeys(seen.id());
        assertThat(asViewer.mayEdit(seen.id())).as("browse without Edit Issues").isFalse();
        assertThat(sandbox.as(permission -> Set.of()).search("epic", null, 50)).isEmpty();
        assertThat(sandbox.search("epic", null, 50)).extracting(d -> d.key()).contains(seen.key(), hidden.key());
        assertThat(sandbox.mayEdit(hidden.id())).isTrue();
    }

    /** Runs a read, checks how many rows it saw, and returns the number of SQL statements it ran. */
    int statementsFor(Supplier<Integer> read, int expectedRows) {
        AtomicInteger statements = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> statements.incrementAndGet();
        database.provider().addSqlListener(listener);
        try {
            assertThat(read.get()).isEqualTo(expectedRows);
        } finally {
            database.provider().removeSqlListener(listener);
        }
        return statements.get();
    }

    @Test
    void aCycleIsEditedClosedWithItsFinalScoresAndClosedOnlyOnce() {
        Cycle cycle = cycle("Lifecycle");
        Cycle edited = new Cycle(cycle.id(), "Lifecycle (edited)", LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 30),
                ZoneId.of("UTC"), CycleState.PLANNING);
        assertThat(store.updateCycle(edited)).isEqualTo(edited);
        assertThat(store.findCycle(cycle.id())).contains(edited);

        ObjectiveRecord objective = objectiveWithKeyResults(cycle, 1);
        long kr = store.findKeyResultsOfObjective(objective.issueId()).get(0).issueId();
        List<com.emeraldokr.core.port.FinalScoreRecord> scores = List.of(
                new com.emeraldokr.core.port.FinalScoreRecord(objective.issueId(), cycle.id(), true, new BigDecimal("0.65"),
                        new BigDecimal("0.4321"), "Re-planned in week 6"),
                new com.emeraldokr.core.port.FinalScoreRecord(kr, cycle.id(), false, new BigDecimal("0.4321"),
                        new BigDecimal("0.4321"), null));
        assertThat(store.findFinalScoresInCycle(cycle.id())).isEmpty();
        assertThat(store.closeCycle(cycle.id(), scores, "admin")).isTrue();

        assertThat(store.findCycle(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.CLOSED);
        assertThat(store.findFinalScoresInCycle(cycle.id())).containsOnlyKeys(objective.issueId(), kr);
        assertThat(store.findFinalScoresInCycle(cycle.id()).get(objective.issueId())).isEqualTo(scores.get(0));
        assertThat(store.findFinalScoresInCycle(cycle.id()).get(kr)).isEqualTo(scores.get(1));
        assertThat(store.closeCycle(cycle.id(), List.of(), "admin")).as("already closed").isFalse();
    }

    @Test
    void aCloseThatCannotWriteEveryScoreWritesNothing() {
        Cycle cycle = cycle("Close rollback");
        ObjectiveRecord objective = objectiveWithKeyResults(cycle, 1);
        com.emeraldokr.core.port.FinalScoreRecord score = new com.emeraldokr.core.port.FinalScoreRecord(objective.issueId(),
                cycle.id(), true, BigDecimal.ONE, BigDecimal.ONE, null);

        // one row per issue: the second row breaks the unique key, as a racing second close would
        assertThatThrownBy(() -> store.closeCycle(cycle.id(), List.of(score, score), "admin")).isInstanceOf(RuntimeException.class);

        assertThat(store.findCycle(cycle.id()).orElseThrow().state()).isEqualTo(CycleState.ACTIVE);
        assertThat(store.findFinalScoresInCycle(cycle.id())).isEmpty();
    }

    @Test
    void aCycleReadFromTheNodesCacheSeesEveryWriteToItsRowsAtOnce() {
        ActiveObjectsOkrStore cached = new ActiveObjectsOkrStore(ao, Clock.systemUTC(), NodeCaches.single());
        Cycle cycle = cycle("Cached rows");
        ObjectiveRecord first = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.COMMITTED);
        KeyResultRecord kr = keyResult(first.issueId(), cycle.id(), "0", "100", "%");
        cached.createObjective(first, List.of(kr));
        assertThat(cached.findObjectivesInCycle(cycle.id())).containsExactly(first);
        assertThat(cached.findKeyResultsInCycle(cycle.id())).containsExactly(kr);

        cached.recordCheckIn(kr.issueId(), new CheckIn(Instant.parse("2026-10-05T09:00:00Z"), new BigDecimal("40"), 7, "", "alice"));
        assertThat(cached.findKeyResultsInCycle(cycle.id())).singleElement()
                .satisfies(k -> assertThat(k.latestCheckIn().orElseThrow().value()).isEqualByComparingTo("40"));

        KeyResultTarget raised = new KeyResultTarget(KeyResultKind.INCREASE_TO, BigDecimal.ZERO, new BigDecimal("200"), "%");
        cached.updateKeyResult(kr.issueId(), 1, raised, new BigDecimal("2"), "alice");
        assertThat(cached.findKeyResultsInCycle(cycle.id())).singleElement()
                .satisfies(k -> assertThat(k.target()).isEqualTo(raised))
                .satisfies(k -> assertThat(k.version()).isEqualTo(2));

        cached.setObjectiveArchived(first.issueId(), true);
        assertThat(cached.findObjectivesInCycle(cycle.id())).extracting(ObjectiveRecord::archived).containsExactly(true);

        ObjectiveRecord second = objectiveWithKeyResults(cycle, 2);
        assertThat(cached.findObjectivesInCycle(cycle.id())).as("written by another store: not seen until a write of this node's")
                .hasSize(1);
        ObjectiveRecord third = new ObjectiveRecord(nextIssueId.incrementAndGet(), cycle.id(), Commitment.ASPIRATIONAL);
        cached.createObjective(third, List.of(keyResult(third.issueId(), cycle.id(), "1", "2", "")));
        assertThat(cached.findObjectivesInCycle(cycle.id())).extracting(ObjectiveRecord::issueId)
                .containsExactly(first.issueId(), second.issueId(), third.issueId());
        assertThat(cached.findKeyResultsInCycle(cycle.id())).hasSize(4);

        assertThat(cached.deleteObjective(first.issueId())).isTrue();
        assertThat(cached.findObjectivesInCycle(cycle.id())).extracting(ObjectiveRecord::issueId)
                .containsExactly(second.issueId(), third.issueId());
        assertThat(cached.findKeyResultsInCycle(cycle.id())).extracting(KeyResultRecord::objectiveIssueId)
                .doesNotContain(first.issueId()).hasSize(3);
        assertThat(cached.findObjectivesInCycle(987_654)).as("no cycle, no rows").isEmpty();
    }

    @Test
    void aSandboxReadFromTheNodesCacheSeesEverySandboxWriteAtOnce() {
        SandboxIssueDirectory cached = new SandboxIssueDirectory(ao, NodeCaches.single());
        IssueSummary story = cached.create(new SandboxIssueDirectory.NewIssue("CACHE", "Story", "Before", "new", null, null));
        assertThat(cached.findVisibleDetailsByIds(List.of(story.id()))).containsKey(story.id());

        cached.rename(story.id(), "After");
        assertThat(cached.findVisibleByIds(List.of(story.id())).get(story.id()).summary()).isEqualTo("After");
        cached.assign(story.key(), "ada", "Ada Lovelace");
        assertThat(cached.findVisibleDetailsByIds(List.of(story.id())).get(story.id()).assignee())
                .isEqualTo(new com.emeraldokr.core.port.Assignee("ada", "Ada Lovelace"));
        IssueSummary second = cached.create(new SandboxIssueDirectory.NewIssue("CACHE", "Epic", "Second", "new", null, null));
        assertThat(cached.findVisibleByIds(List.of(story.id(), second.id()))).containsOnlyKeys(story.id(), second.id());

        cached.delete(story.id());
        assertThat(cached.findVisibleByIds(List.of(story.id(), second.id()))).containsOnlyKeys(second.id());
        ProjectAccess nothing = permission -> Set.of();
        assertThat(cached.as(nothing).findVisibleByIds(List.of(second.id())))
                .as("the cached rows are filtered by the reader's permissions").isEmpty();
    }

    @Test
    void anObjectiveIsArchivedAndRestoredAndOnlyAnEmptyCycleIsDeleted() {
        Cycle cycle = cycle("Archive and delete");
        ObjectiveRecord objective = objectiveWithKeyResults(cycle, 2);
        store.setObjectiveArchived(objective.issueId(), true);
        assertThat(store.findObjective(objective.issueId()).orElseThrow().archived()).isTrue();
        assertThat(store.findObjectivesInCycle(cycle.id())).extracting(ObjectiveRecord::archived).containsExactly(true);
        store.setObjectiveArchived(objective.issueId(), false);
        assertThat(store.findObjective(objective.issueId())).contains(objective);

        assertThat(store.countObjectivesInCycle(cycle.id())).isEqualTo(1);
        assertThat(store.deleteCycle(cycle.id())).isFalse();
        assertThat(store.findCycle(cycle.id())).isPresent();
        Cycle empty = cycle("Empty");
        assertThat(store.countObjectivesInCycle(empty.id())).isZero();
        assertThat(store.deleteCycle(empty.id())).isTrue();
        assertThat(store.findCycle(empty.id())).isEmpty();
    }

    @Test
    void readingAClosedCyclesFinalScoresTakesOneStatementForFewAndMany() {
        Cycle small = cycle("Final few");
        Cycle large = cycle("Final many");
        List<com.emeraldokr.core.port.FinalScoreRecord> few = new ArrayList<>();
        List<com.emeraldokr.core.port.FinalScoreRecord> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ObjectiveRecord o = objectiveWithKeyResults(i < 2 ? small : large, 0);
            (i < 2 ? few : many).add(new com.emeraldokr.core.port.FinalScoreRecord(o.issueId(), o.cycleId(), true,
                    BigDecimal.ONE, BigDecimal.ONE, null));
        }
        store.closeCycle(small.id(), few, null);
        store.closeCycle(large.id(), many, null);
        assertThat(statementsFor(() -> store.findFinalScoresInCycle(small.id()).size(), 2))
                .isEqualTo(statementsFor(() -> store.findFinalScoresInCycle(large.id()).size(), 38));
    }
}
