package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

// Mirrors com.atlassian.jira:jira-api 10.3.x: com.atlassian.jira.bc.issue.IssueService (interface); members as declared in jira-api 6.x, 7.x and 8.8.1; the type names are unchanged in Jira 10.6.
// The result classes are public static nested classes; the three-argument CreateValidationResult constructor is
// the 6.x one (8.8.1 added a fourth, JSON-typed argument).
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    DeleteValidationResult validateDelete(ApplicationUser user, Long issueId);

    ErrorCollection delete(ApplicationUser user, DeleteValidationResult deleteValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {

        private static final long serialVersionUID = 1L;

        private final transient MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(errorCollection);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class CreateValidationResult extends IssueValidationResult {

        private static final long serialVersionUID = 1L;

        public CreateValidationResult(MutableIssue issue, ErrorCollection errorCollection, Map<String, Object> fieldValuesHolder) {
            super(issue, errorCollection);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {

        private static final long serialVersionUID = 1L;

        public UpdateValidationResult(MutableIssue issue, ErrorCollection errorCollection, Map<String, Object> fieldValuesHolder) {
            super(issue, errorCollection);
        }
    }

    class DeleteValidationResult extends IssueValidationResult {

        private static final long serialVersionUID = 1L;

        public DeleteValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }

    class IssueResult extends IssueValidationResult {

        private static final long serialVersionUID = 1L;

        public IssueResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }
}
