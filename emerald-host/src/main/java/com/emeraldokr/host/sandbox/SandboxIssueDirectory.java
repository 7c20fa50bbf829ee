package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.ao.RetriedTransaction;
import com.emeraldokr.core.port.Assignee;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import com.emeraldokr.core.port.SharedCaches;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The host's stand-in for Jira's issues. Like Jira, it shows the current user only the issues of
 * projects they may browse and lets them edit only where they have Edit Issues ({@link ProjectAccess});
 * an issue the user may not browse is absent. Keys are numbered per project like Jira's.
 */
public final class SandboxIssueDirectory implements IssueDirectory {

    /** Twenty concurrent creates in one project need at most twenty; the rest is headroom. */
    static final int MAX_CREATE_ATTEMPTS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SandboxIssueDirectory.class);

    private final ActiveObjects ao;
    private final ProjectAccess access;
    private final SandboxIssueRows rows;

    /** The sandbox as a user with every permission sees it, without caching (for tools and tests). */
    public SandboxIssueDirectory(ActiveObjects ao) {
        this(ao, SharedCaches.NONE);
    }

    /** The sandbox as a user with every permission sees it, its issues cached in {@code caches}. */
    public SandboxIssueDirectory(ActiveObjects ao, SharedCaches caches) {
        this(ao, ProjectAccess.UNRESTRICTED, new SandboxIssueRows(ao, caches));
    }

    private SandboxIssueDirectory(ActiveObjects ao, ProjectAccess access, SandboxIssueRows rows) {
        this.ao = ao;
        this.access = access;
        this.rows = rows;
    }

    /** The same issues as {@code access} sees them. */
    public SandboxIssueDirectory as(ProjectAccess access) {
        return new SandboxIssueDirectory(ao, access, rows);
    }

    /** What a new sandbox issue is; {@code epicKey} links a story to its epic, as "Epic-Story Link" does in Jira. */
    public record NewIssue(String projectKey, String issueType, String summary, String statusCategory,
                           Integer storyPoints, String epicKey) {
    }

    /**
     * Creates the issue as the next of its project. The unique issue key refuses a number a concurrent
     * create took first (PostgreSQL's serializable transactions may refuse it earlier); then this create
     * tries the next number, in a new transaction.
     */
    public IssueSummary create(NewIssue issue) {
        try {
            return createNumbered(issue);
        } finally {
            rows.changed();
        }
    }

    private IssueSummary createNumbered(NewIssue issue) {
        String project = issue.projectKey().toUpperCase(Locale.ROOT);
        int[] tried = {0};
        for (int attempt = 1; ; attempt++) {
            int floor = tried[0];
            try {
                return ao.executeInTransaction(() -> {
                    int next = Math.max(floor + 1,
                            ao.count(SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", project)) + 1);
                    tried[0] = next;
                    return toSummary(ao.create(SandboxIssueEntity.class,
                            new DBParam("ISSUE_KEY", project + "-" + next),
                            new DBParam("PROJECT_KEY", project),
                            new DBParam("ISSUE_TYPE", issue.issueType()),
                            new DBParam("SUMMARY", issue.summary()),
                            new DBParam("STATUS_CATEGORY", issue.statusCategory()),
                            new DBParam("STORY_POINTS", issue.storyPoints()),
                            new DBParam("EPIC_KEY", issue.epicKey())));
                });
            } catch (RuntimeException e) {
                boolean taken = tried[0] > floor && byKey(project + "-" + tried[0]).isPresent();
                if (attempt >= MAX_CREATE_ATTEMPTS || !(taken || RetriedTransaction.refusedByConcurrency(e))) {
                    throw e;
                }
                if (!taken) {
                    tried[0] = floor;
                }
            }
        }
    }

    /**
     * Gives the later issues of a key stored twice (by concurrent creates before keys were unique) the
     * next free number of their project, so the unique key can be added; runs before the migration.
     */
    public static void renumberDuplicateKeys(ActiveObjects ao) {
        SandboxIssueKeyRow[] rows = ao.find(SandboxIssueKeyRow.class, Query.select().order("ID"));
        Map<String, Integer> highest = new HashMap<>();
        for (SandboxIssueKeyRow row : rows) {
            highest.merge(row.getProjectKey(), number(row.getIssueKey()), Math::max);
        }
        Set<String> seen = new HashSet<>();
        for (SandboxIssueKeyRow row : rows) {
            if (!seen.add(row.getIssueKey())) {
                String renumbered = row.getProjectKey() + "-" + highest.merge(row.getProjectKey(), 1, Integer::sum);
                LOG.warn("Sandbox issue {} had the key {} of an older issue; it is {} now", row.getID(), row.getIssueKey(),
                        renumbered);
                row.setIssueKey(renumbered);
                row.save();
                seen.add(renumbered);
            }
        }
    }

    private static int number(String issueKey) {
        try {
            return Integer.parseInt(issueKey.substring(issueKey.lastIndexOf('-') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Changes an issue's summary; returns whether the issue exists. */
    public boolean rename(long issueId, String summary) {
        return update("ID = ?", issueId, e -> e.setSummary(summary));
    }

    /** Assigns an issue ({@code userKey} null unassigns it); returns whether the issue exists. */
    public boolean assign(String issueKey, String userKey, String displayName) {
        return update("ISSUE_KEY = ?", issueKey, e -> {
            e.setAssigneeKey(userKey);
            e.setAssigneeName(userKey == null ? null : displayName);
        });
    }

    /** Moves an issue to another status category, as a workflow transition would; returns whether the issue exists. */
    public boolean transition(String issueKey, String statusCategory) {
        return update("ISSUE_KEY = ?", issueKey, e -> e.setStatusCategory(statusCategory));
    }

    /** Changes the one issue the criteria find, in a transaction; returns whether there was one. */
    private boolean update(String criteria, Object parameter, Consumer<SandboxIssueEntity> change) {
        try {
            return ao.executeInTransaction(() -> {
                SandboxIssueEntity[] found = ao.find(SandboxIssueEntity.class, Query.select().where(criteria, parameter));
                if (found.length == 0) {
                    return false;
                }
                change.accept(found[0]);
                found[0].save();
                return true;
            });
        } finally {
            rows.changed();
        }
    }

    /** Deletes an issue and its links, as Jira's issue service does. */
    public void delete(long issueId) {
        try {
            ao.executeInTransaction(() -> {
                ao.deleteWithSQL(SandboxLinkEntity.class, "SOURCE_ID = ? OR TARGET_ID = ?", issueId, issueId);
                return ao.deleteWithSQL(SandboxIssueEntity.class, "ID = ?", issueId);
            });
        } finally {
            rows.changed();
        }
    }

    @Override
    public Optional<IssueSummary> findVisibleByKey(String issueKey) {
        return byKey(issueKey).filter(this::browsable).map(SandboxIssueDirectory::toSummary);
    }

    @Override
    public Optional<IssueDetails> findVisibleDetails(String issueKey) {
        return byKey(issueKey).filter(this::browsable).map(SandboxIssueDirectory::toDetails);
    }

    private Optional<SandboxIssueEntity> byKey(String issueKey) {
        return Arrays.stream(ao.find(SandboxIssueEntity.class, Query.select().where("ISSUE_KEY = ?", issueKey))).findFirst();
    }

    private boolean browsable(SandboxIssueEntity issue) {
        return access.may(ProjectPermission.BROWSE_PROJECTS, issue.getProjectKey());
    }

    @Override
    public Map<Long, IssueDetails> findVisibleDetailsByIds(Collection<Long> issueIds) {
        Map<Long, IssueDetails> found = new LinkedHashMap<>();
        for (SandboxIssueRows.Row row : byIds(issueIds)) {
            found.put((long) row.id(), row.details());
        }
        return found;
    }

    /**
     * Case-insensitive substring search in summaries, or the exact key; an exact key match first,
     * then by key. {@code role} null finds every type.
     */
    @Override
    public List<IssueDetails> search(String text, IssueRole role, int limit) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        String pattern = "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        // AO quotes only the columns written before an operator; inside UPPER(…) the column is quoted here, as
        // both host databases (H2, PostgreSQL) quote identifiers, in upper case, with double quotes
        String criteria = "(ISSUE_KEY = ? OR UPPER(\"SUMMARY\") LIKE ? ESCAPE '!')";
        List<Object> parameters = new ArrayList<>(List.of(key, pattern));
        Set<String> browsable = access.projectsWith(ProjectPermission.BROWSE_PROJECTS);
        if (!browsable.contains(ProjectAccess.EVERY_PROJECT)) {
            // Jira's search filters by permission in the query, so the limit counts visible issues only
            if (browsable.isEmpty()) {
                return List.of();
            }
            criteria += " AND PROJECT_KEY IN (" + String.join(",", Collections.nCopies(browsable.size(), "?")) + ")";
            parameters.addAll(browsable);
        }
        if (role != null) {
            List<String> types = TYPES.entrySet().stream().filter(t -> t.getValue() == role).map(Map.Entry::getKey).toList();
            criteria += " AND ISSUE_TYPE IN (" + String.join(",", Collections.nCopies(types.size(), "?")) + ")";
            parameters.addAll(types);
        }
        List<IssueDetails> found = new ArrayList<>();
        for (SandboxIssueEntity e : ao.find(SandboxIssueEntity.class,
                Query.select().where(criteria, parameters.toArray()).order("ID").limit(limit + 1))) {
            found.add(toDetails(e));
        }
        found.sort(Comparator.comparing((IssueDetails d) -> !d.key().equals(key)));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Edit Issues in the issue's project, on an issue the user may browse. */
    @Override
    public boolean mayEdit(long issueId) {
        return byIds(List.of(issueId)).stream()
                .anyMatch(row -> access.may(ProjectPermission.EDIT_ISSUES, row.projectKey()));
    }

    /** Roles by the sandbox's issue type names, which are Jira's defaults. */
    private static final Map<String, IssueRole> TYPES = Map.of(
            "Objective", IssueRole.OBJECTIVE, "Key Result", IssueRole.KEY_RESULT, "Epic", IssueRole.EPIC);

    static IssueRole role(String issueType) {
        return TYPES.getOrDefault(issueType, IssueRole.OTHER);
    }

    @Override
    public Map<Long, IssueSummary> findVisibleByIds(Collection<Long> issueIds) {
        Map<Long, IssueSummary> found = new LinkedHashMap<>();
        for (SandboxIssueRows.Row row : byIds(issueIds)) {
            found.put((long) row.id(), row.summaryView());
        }
        return found;
    }

    /** The issues with these ids that the user may browse, from this node's copy of the sandbox's issues. */
    private List<SandboxIssueRows.Row> byIds(Collection<Long> issueIds) {
        List<SandboxIssueRows.Row> found = new ArrayList<>();
        if (issueIds.isEmpty()) {
            return found;
        }
        Map<Integer, SandboxIssueRows.Row> all = rows.byId();
        Map<String, Boolean> browsable = new HashMap<>();
        issueIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).distinct().forEach(id -> {
            SandboxIssueRows.Row row = all.get(id.intValue());
            if (row != null && browsable.computeIfAbsent(row.projectKey(),
                    project -> access.may(ProjectPermission.BROWSE_PROJECTS, project))) {
                found.add(row);
            }
        });
        return found;
    }

    /** Whether the project exists; in the sandbox a project exists once it has an issue. */
    public boolean projectExists(String projectKey) {
        return ao.count(SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey)) > 0;
    }

    /** Whether the current user may create issues in the project (the sandbox lets Edit Issues stand for Create Issues). */
    public boolean mayCreateIn(String projectKey) {
        return access.may(ProjectPermission.EDIT_ISSUES, projectKey);
    }

    /** Whether the current user may browse the project. */
    public boolean mayBrowse(String projectKey) {
        return access.may(ProjectPermission.BROWSE_PROJECTS, projectKey);
    }

    /** Every issue of a project, ordered by id; the demo dashboard and tests use it. */
    public List<IssueSummary> issuesOfProject(String projectKey) {
        List<IssueSummary> issues = new ArrayList<>();
        for (SandboxIssueEntity e : ao.find(SandboxIssueEntity.class,
                Query.select().where("PROJECT_KEY = ?", projectKey).order("ID"))) {
            issues.add(toSummary(e));
        }
        return issues;
    }

    private static IssueDetails toDetails(SandboxIssueEntity e) {
        return new IssueDetails(toSummary(e), e.getProjectKey(), role(e.getIssueType()),
                e.getAssigneeKey() == null ? null : new Assignee(e.getAssigneeKey(), e.getAssigneeName()));
    }

    private static IssueSummary toSummary(SandboxIssueEntity e) {
        return new IssueSummary(e.getID(), e.getIssueKey(), e.getSummary());
    }
}
