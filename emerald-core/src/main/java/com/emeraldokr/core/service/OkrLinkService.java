package com.emeraldokr.core.service;

import com.emeraldokr.api.error.ConflictException;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.request.LinkRequest;
import com.emeraldokr.api.view.AlignmentView;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.core.port.EpicWork;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueLinks;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.api.i18n.Messages;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links between OKR issues and the work behind them: epics contributing to key results, and
 * objectives aligning to parent objectives. Every change checks that the user can browse both
 * issues and may link issues in the source's project, and says which rule failed.
 */
@Named
public class OkrLinkService {

    /** Alignment trees deeper than this are a data problem, not an organisation. */
    static final int MAX_ALIGNMENT_DEPTH = 64;

    private final OkrStore store;
    private final IssueDirectory issues;
    private final IssueLinks links;
    private final Messages messages;
    private final Clock clock;
    private final OkrViews views;

    @Inject
    public OkrLinkService(OkrStore store, IssueDirectory issues, IssueLinks links, EpicWork work, Messages messages,
                          Clock clock) {
        this.store = store;
        this.issues = issues;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
        this.views = new OkrViews(store, issues, messages, links, work);
    }

    /** The key result with its linked epics and the done share of their work. */
    public KeyResultView keyResult(String keyResultKey) {
        IssueDetails kr = keyResultIssue(keyResultKey);
        return keyResultView(kr);
    }

    public KeyResultView linkEpic(String keyResultKey, LinkRequest request) {
        String epicKey = requireKey(request);
        IssueDetails kr = keyResultIssue(keyResultKey);
        IssueDetails epic = epicIssue(epicKey);
        requireMayLink(epic);
        if (links.exists(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES)) {
            throw new ConflictException("issueKey", messages.text("emerald.error.link.exists", epic.key(), kr.key()));
        }
        links.link(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES);
        return keyResultView(kr);
    }

    /** Removes a contribution link; the source need not be an epic any more (its type may have changed since). */
    public KeyResultView unlinkEpic(String keyResultKey, String epicKey) {
        IssueDetails kr = keyResultIssue(keyResultKey);
        IssueDetails epic = visible("issueKey", epicKey);
        requireMayLink(epic);
        if (!links.unlink(epic.id(), kr.id(), IssueLinks.Kind.CONTRIBUTES)) {
            throw new NotFoundException("issueKey", messages.text("emerald.error.link.missing", epic.key(), kr.key()));
        }
        return keyResultView(kr);
    }

    public AlignmentView alignment(String objectiveKey) {
        IssueDetails objective = objectiveIssue("issueKey", objectiveKey);
        return new AlignmentView(objective.key(), parentKey(objective.id()));
    }

    /** Makes {@code request.issueKey} the objective's parent, replacing any earlier one; setting the same parent again changes nothing. */
    public AlignmentView align(String objectiveKey, LinkRequest request) {
        String parentKey = requireKey(request);
        IssueDetails child = objectiveIssue("objectiveKey", objectiveKey);
        IssueDetails parent = objectiveIssue("issueKey", parentKey);
        if (child.id() == parent.id()) {
            throw new ValidationException(List.of(new FieldError("issueKey", messages.text("emerald.error.align.self"))));
        }
        requireMayLink(child);
        List<Long> current = links.targetsOf(List.of(child.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(child.id(), List.of());
        if (current.contains(parent.id())) {
            return new AlignmentView(child.key(), parent.key());
        }
        if (reachesUp(parent.id(), child.id())) {
            throw new ConflictException("issueKey", messages.text("emerald.error.align.cycle", child.key(), parent.key()));
        }
        for (Long old : current) {
            links.unlink(child.id(), old, IssueLinks.Kind.ALIGNMENT);
        }
        links.link(child.id(), parent.id(), IssueLinks.Kind.ALIGNMENT);
        return new AlignmentView(child.key(), parent.key());
    }

    public AlignmentView removeAlignment(String objectiveKey) {
        IssueDetails child = objectiveIssue("objectiveKey", objectiveKey);
        requireMayLink(child);
        List<Long> current = links.targetsOf(List.of(child.id()), IssueLinks.Kind.ALIGNMENT).getOrDefault(child.id(), List.of());
        if (current.isEmpty()) {
            throw new NotFoundException("objectiveKey", messages.text("emerald.error.align.none", child.key()));
        }
        current.forEach(old -> links.unlink(child.id(), old, IssueLinks.Kind.ALIGNMENT));
        return new AlignmentView(child.key(), null);
    }

    /** Whether following parents up from {@code from} reaches {@code target}. */
    private boolean reachesUp(long from, long target) {
        Set<Long> seen = new HashSet<>();
        List<Long> level = List.of(from);
        for (int depth = 0; depth < MAX_ALIGNMENT_DEPTH && !level.isEmpty(); depth++) {
            if (level.contains(target)) {
                return true;
            }
            seen.addAll(level);
            level = links.targetsOf(level, IssueLinks.Kind.ALIGNMENT).values().stream().flatMap(List::stream)
                    .filter(id -> !seen.contains(id)).distinct().toList();
        }
        return level.contains(target);
    }

    private String parentKey(long objectiveId) {
        List<Long> parents = links.targetsOf(List.of(objectiveId), IssueLinks.Kind.ALIGNMENT).getOrDefault(objectiveId, List.of());
        return parents.isEmpty() ? null : issues.findVisibleByIds(parents).values().stream().findFirst()
                .map(p -> p.key()).orElse(null);
    }

    private KeyResultView keyResultView(IssueDetails kr) {
        return views.keyResultOf(store.findKeyResult(kr.id()).orElseThrow(), kr.key(), clock.instant());
    }

    private String requireKey(LinkRequest request) {
        Validator v = new Validator(messages);
        v.requireBody(request);
        v.required("issueKey", request.issueKey());
        v.maxLength("issueKey", request.issueKey(), Validator.MAX_ISSUE_KEY_LENGTH);
        v.throwIfInvalid();
        return request.issueKey();
    }

    private IssueDetails visible(String field, String issueKey) {
        return views.visibleDetails(field, issueKey);
    }

    /**
     * A registered key result the user may see together with its objective; checked before anything
     * is written, so a change never succeeds behind an error about the answer.
     */
    private IssueDetails keyResultIssue(String issueKey) {
        IssueDetails kr = visible("keyResultKey", issueKey);
        KeyResultRecord record = store.findKeyResult(kr.id()).orElseThrow(() -> new NotFoundException("keyResultKey",
                messages.text("emerald.error.keyresult.not.found", kr.key())));
        if (issues.findVisibleByIds(List.of(record.objectiveIssueId())).isEmpty()) {
            throw new NotFoundException("keyResultKey", messages.text("emerald.error.issue.not.found", issueKey));
        }
        return kr;
    }

    private IssueDetails objectiveIssue(String field, String issueKey) {
        IssueDetails objective = visible(field, issueKey);
        if (store.findObjective(objective.id()).isEmpty()) {
            throw new NotFoundException(field, messages.text("emerald.error.objective.not.found", objective.key()));
        }
        return objective;
    }

    private IssueDetails epicIssue(String issueKey) {
        IssueDetails epic = visible("issueKey", issueKey);
        if (epic.role() != IssueRole.EPIC) {
            throw new ValidationException(List.of(new FieldError("issueKey",
                    messages.text("emerald.error.issue.not.epic", epic.key()))));
        }
        return epic;
    }

    private void requireMayLink(IssueDetails source) {
        if (!links.mayLink(source.id())) {
            throw new ForbiddenException("issueKey", messages.text("emerald.error.link.permission", source.key()));
        }
    }
}
