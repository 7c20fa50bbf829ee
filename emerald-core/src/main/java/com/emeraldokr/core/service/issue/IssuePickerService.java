package com.emeraldokr.core.service.issue;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.IssuePickView;
import com.emeraldokr.core.port.IssueDetails;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.IssueRole;
import com.emeraldokr.core.service.Validator;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.List;

/**
 * The issue picker: issues the user may browse by key or summary, through the product's search, so
 * Jira's permissions and issue security decide what is offered.
 */
@Named
public class IssuePickerService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    /** Longer text is no key or summary anyone types into a picker. */
    static final int MAX_QUERY_LENGTH = 255;

    /** What a picker may ask for; ANY offers issues of every type. */
    public enum Role {
        EPIC(IssueRole.EPIC), OBJECTIVE(IssueRole.OBJECTIVE), KEY_RESULT(IssueRole.KEY_RESULT), ANY(null);

        private final IssueRole issueRole;

        Role(IssueRole issueRole) {
            this.issueRole = issueRole;
        }
    }

    private final IssueDirectory issues;
    private final Messages messages;

    @Inject
    public IssuePickerService(IssueDirectory issues, Messages messages) {
        this.issues = issues;
        this.messages = messages;
    }

    /** {@code role} absent means ANY, {@code limit} absent {@value #DEFAULT_LIMIT}; both as the query string gives them. */
    public List<IssuePickView> search(String query, String role, String limit) {
        Validator v = new Validator(messages);
        if (v.required("query", query)) {
            v.maxLength("query", query, MAX_QUERY_LENGTH);
        }
        Role picked = role == null || role.isBlank() ? Role.ANY : v.enumValue("role", role, Role.class);
        int max = limit(v, limit);
        v.throwIfInvalid();
        return issues.search(query.strip(), picked.issueRole, max).stream()
                .limit(max)
                .map(IssuePickerService::view)
                .toList();
    }

    private static int limit(Validator v, String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int max = Integer.parseInt(limit.strip());
            if (max >= 1 && max <= MAX_LIMIT) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.reject("limit", "emerald.error.limit.range", 1, MAX_LIMIT);
        return DEFAULT_LIMIT;
    }

    private static IssuePickView view(IssueDetails d) {
        return new IssuePickView(d.key(), d.issue().summary(), d.projectKey(), d.role().name());
    }
}
