package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.port.IssueLinks;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's issue links. Jira's Link Issues permission is, in the sandbox, the Edit Issues
 * permission of the link's source issue's project.
 */
public final class SandboxIssueLinks implements IssueLinks {

    private final ActiveObjects ao;
    private final ProjectAccess access;

    /** Links as a user with every permission makes them. */
    public SandboxIssueLinks(ActiveObjects ao) {
        this(ao, ProjectAccess.UNRESTRICTED);
    }

    public SandboxIssueLinks(ActiveObjects ao, ProjectAccess access) {
        this.ao = ao;
        this.access = access;
    }

    @Override
    public boolean mayLink(long issueId) {
        SandboxIssueEntity[] issue = issueId > 0 && issueId <= Integer.MAX_VALUE
                ? ao.find(SandboxIssueEntity.class, Query.select().where("ID = ?", issueId)) : new SandboxIssueEntity[0];
        return issue.length == 1 && access.may(ProjectPermission.BROWSE_PROJECTS, issue[0].getProjectKey())
                && access.may(ProjectPermission.EDIT_ISSUES, issue[0].getProjectKey());
    }

    @Override
    public boolean exists(long sourceIssueId, long targetIssueId, Kind kind) {
        return ao.count(SandboxLinkEntity.class, Query.select().where("SOURCE_ID = ? AND TARGET_ID = ? AND KIND = ?",
                sourceIssueId, targetIssueId, kind.name())) > 0;
    }

    @Override
    public void link(long sourceIssueId, long targetIssueId, Kind kind) {
        ao.executeInTransaction(() -> ao.create(SandboxLinkEntity.class, new DBParam("SOURCE_ID", sourceIssueId),
                new DBParam("TARGET_ID", targetIssueId), new DBParam("KIND", kind.name())));
    }

    @Override
    public boolean unlink(long sourceIssueId, long targetIssueId, Kind kind) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(SandboxLinkEntity.class,
                "SOURCE_ID = ? AND TARGET_ID = ? AND KIND = ?", sourceIssueId, targetIssueId, kind.name()) > 0);
    }

    @Override
    public Map<Long, List<Long>> sourcesOf(Collection<Long> targetIssueIds, Kind kind) {
        return linksBy("TARGET_ID", targetIssueIds, kind, SandboxLinkEntity::getTargetId, SandboxLinkEntity::getSourceId);
    }

    @Override
    public Map<Long, List<Long>> targetsOf(Collection<Long> sourceIssueIds, Kind kind) {
        return linksBy("SOURCE_ID", sourceIssueIds, kind, SandboxLinkEntity::getSourceId, SandboxLinkEntity::getTargetId);
    }

    /** One statement per {@link SandboxIssueDirectory#MAX_IN_LIST} ids, links in creation order. */
    private Map<Long, List<Long>> linksBy(String column, Collection<Long> ids, Kind kind,
                                          Function<SandboxLinkEntity, Long> key, Function<SandboxLinkEntity, Long> value) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        for (int from = 0; from < distinct.size(); from += SandboxIssueDirectory.MAX_IN_LIST) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + SandboxIssueDirectory.MAX_IN_LIST));
            List<Object> params = new ArrayList<>(chunk);
            params.add(kind.name());
            String criteria = column + " IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") AND KIND = ?";
            for (SandboxLinkEntity e : ao.find(SandboxLinkEntity.class, Query.select().where(criteria, params.toArray()).order("ID"))) {
                found.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(value.apply(e));
            }
        }
        return found;
    }
}
