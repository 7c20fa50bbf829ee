package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.port.IssueSummary;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The host's stand-in for Jira's issues. Everyone may see every issue here; Jira's permission
 * checks are the Jira adapter's job. Keys are numbered per project like Jira's.
 */
public final class SandboxIssueDirectory implements IssueDirectory {

    /** Keeps IN lists below Oracle's 1,000 limit, as the real stores do. */
    static final int MAX_IN_LIST = 500;

    private final ActiveObjects ao;

    public SandboxIssueDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    /** What a new sandbox issue is; {@code epicKey} links a story to its epic, as "Epic-Story Link" does in Jira. */
    public record NewIssue(String projectKey, String issueType, String summary, String statusCategory,
                           Integer storyPoints, String epicKey) {
    }

    public IssueSummary create(NewIssue issue) {
        return ao.executeInTransaction(() -> {
            String project = issue.projectKey().toUpperCase(Locale.ROOT);
            int next = ao.count(SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", project)) + 1;
            SandboxIssueEntity e = ao.create(SandboxIssueEntity.class,
                    new DBParam("ISSUE_KEY", project + "-" + next),
                    new DBParam("PROJECT_KEY", project),
                    new DBParam("ISSUE_TYPE", issue.issueType()),
                    new DBParam("SUMMARY", issue.summary()),
                    new DBParam("STATUS_CATEGORY", issue.statusCategory()),
                    new DBParam("STORY_POINTS", issue.storyPoints()),
                    new DBParam("EPIC_KEY", issue.epicKey()));
            return toSummary(e);
        });
    }

    /** Changes an issue's summary; returns whether the issue exists. */
    public boolean rename(long issueId, String summary) {
        return update("ID = ?", issueId, e -> e.setSummary(summary));
    }

    /** Moves an issue to another status category, as a workflow transition would; returns whether the issue exists. */
    public boolean transition(String issueKey, String statusCategory) {
        return update("ISSUE_KEY = ?", issueKey, e -> e.setStatusCategory(statusCategory));
    }

    /** Changes the one issue the criteria find, in a transaction; returns whether there was one. */
    private boolean update(String criteria, Object parameter, Consumer<SandboxIssueEntity> change) {
        return ao.executeInTransaction(() -> {
            SandboxIssueEntity[] found = ao.find(SandboxIssueEntity.class, Query.select().where(criteria, parameter));
            if (found.length == 0) {
                return false;
            }
            change.accept(found[0]);
            found[0].save();
            return true;
        });
    }

    @Override
    public Optional<IssueSummary> findVisibleByKey(String issueKey) {
        return Arrays.stream(ao.find(SandboxIssueEntity.class, Query.select().where("ISSUE_KEY = ?", issueKey)))
                .findFirst().map(SandboxIssueDirectory::toSummary);
    }

    @Override
    public Optional<IssueDetails> findVisibleDetails(String issueKey) {
        return Arrays.stream(ao.find(SandboxIssueEntity.class, Query.select().where("ISSUE_KEY = ?", issueKey)))
                .findFirst().map(e -> new IssueDetails(toSummary(e), e.getProjectKey(), role(e.getIssueType())));
    }

    /** The host's single user may edit every issue; Jira's permission schemes are the Jira adapter's. */
    @Override
    public boolean mayEdit(long issueId) {
        return true;
    }

    /** Roles by the sandbox's issue type names, which are Jira's defaults. */
    static IssueRole role(String issueType) {
        return switch (issueType) {
            case "Objective" -> IssueRole.OBJECTIVE;
            case "Key Result" -> IssueRole.KEY_RESULT;
            case "Epic" -> IssueRole.EPIC;
            default -> IssueRole.OTHER;
        };
    }

    @Override
    public Map<Long, IssueSummary> findVisibleByIds(Collection<Long> issueIds) {
        List<Integer> ids = issueIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().toList();
        Map<Long, IssueSummary> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IN_LIST) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IN_LIST));
            String criteria = "ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            for (SandboxIssueEntity e : ao.find(SandboxIssueEntity.class, Query.select().where(criteria, chunk.toArray()))) {
                found.put((long) e.getID(), toSummary(e));
            }
        }
        return found;
    }

    /** Whether the project exists; in the sandbox a project exists once it has an issue. */
    public boolean projectExists(String projectKey) {
        return ao.count(SandboxIssueEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey)) > 0;
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

    private static IssueSummary toSummary(SandboxIssueEntity e) {
        return new IssueSummary(e.getID(), e.getIssueKey(), e.getSummary());
    }
}
