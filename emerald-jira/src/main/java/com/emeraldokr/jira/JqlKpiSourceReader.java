package com.emeraldokr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.Query;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import com.emeraldokr.core.port.KpiSourceReader;

import javax.inject.Inject;
import javax.inject.Named;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KPI sources on Jira's search: the query is checked with Jira's parser and validator (as the
 * user saving the KPI), and measured as the KPI's owner, with the owner's permissions, whoever
 * triggers it (the scheduler runs with no user at all): an owner who is gone, deactivated or may not
 * browse the KPI's project gets nothing measured. Issues are read in pages; a query matching more
 * than {@link #MAX_ISSUES} issues is refused rather than slowing the cluster down, except for COUNT,
 * which reads one page.
 */
@Named
public class JqlKpiSourceReader implements KpiSourceReader {

    static final int PAGE_SIZE = 1000;
    static final int MAX_ISSUES = 20_000;
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    private final SearchService searchService;
    private final CustomFieldManager customFields;
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager users;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final Messages messages;
    private final Clock clock;

    @Inject
    public JqlKpiSourceReader(@ComponentImport SearchService searchService, @ComponentImport CustomFieldManager customFields,
                              @ComponentImport JiraAuthenticationContext authenticationContext,
                              // named: SAL's UserManager is imported under the default name "userManager"
                              @ComponentImport("jiraUserManager") UserManager users,
                              @ComponentImport PermissionManager permissions, @ComponentImport ProjectManager projects,
                              Messages messages, Clock clock) {
        this.searchService = searchService;
        this.customFields = customFields;
        this.authenticationContext = authenticationContext;
        this.users = users;
        this.permissions = permissions;
        this.projects = projects;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<String> problems(KpiSource source) {
        List<String> problems = new ArrayList<>();
        SearchService.ParseResult parsed = searchService.parseQuery(authenticationContext.getLoggedInUser(), source.jql());
        if (!parsed.isValid()) {
            problems.addAll(parsed.getErrors().getErrorMessages());
        } else {
            MessageSet validation = searchService.validateQuery(authenticationContext.getLoggedInUser(), parsed.getQuery());
            if (validation != null && validation.hasAnyErrors()) {
                problems.addAll(validation.getErrorMessages());
            }
        }
        if (source.aggregate().needsField() && field(source.field()).isEmpty()) {
            problems.add(messages.text("emerald.error.kpi.field.unknown", source.field()));
        }
        return problems;
    }

    @Override
    public Optional<BigDecimal> measure(KpiSource source, String ownerKey, String projectKey) {
        ApplicationUser user = owner(ownerKey, projectKey);
        SearchService.ParseResult parsed = searchService.parseQuery(user, source.jql());
        if (!parsed.isValid()) {
            throw new IllegalStateException(String.join(" ", parsed.getErrors().getErrorMessages()));
        }
        Query query = parsed.getQuery();
        if (source.aggregate() == KpiSource.Aggregate.COUNT) {
            // a page of one issue: the total is all a count needs
            return Optional.of(BigDecimal.valueOf(SearchPages.page(searchService, user, SearchPages.Rights.SEARCHER, query, 0, 1)
                    .getTotal()));
        }
        CustomField field = source.aggregate().needsField() ? field(source.field()).orElseThrow(() ->
                new IllegalStateException(messages.text("emerald.error.kpi.field.unknown", source.field()))) : null;
        long now = clock.millis();
        List<BigDecimal> values = new ArrayList<>();
        SearchPages.each(searchService, user, SearchPages.Rights.SEARCHER, query, PAGE_SIZE, page -> {
            if (page.getTotal() > MAX_ISSUES) {
                throw new IllegalStateException(messages.text("emerald.error.kpi.too.many", page.getTotal(), MAX_ISSUES));
            }
            for (Issue issue : page.getResults()) {
                value(source.aggregate(), field, issue, now).ifPresent(values::add);
            }
        });
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (source.aggregate() == KpiSource.Aggregate.SUM) {
            return Optional.of(sum);
        }
        return values.isEmpty() ? Optional.empty()
                : Optional.of(sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP));
    }

    /** The KPI's owner, when that user still exists, is active and may browse the KPI's project. */
    private ApplicationUser owner(String ownerKey, String projectKey) {
        ApplicationUser owner = ownerKey == null ? null : users.getUserByKey(ownerKey);
        if (owner == null) {
            throw new KpiOwnerUnavailableException(ownerKey, "no Jira user has the key " + ownerKey);
        }
        if (!owner.isActive()) {
            throw new KpiOwnerUnavailableException(ownerKey, "the Jira user " + ownerKey + " is deactivated");
        }
        if (projectKey != null) {
            Project project = projects.getProjectObjByKey(projectKey);
            if (project == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, owner)) {
                throw new KpiOwnerUnavailableException(ownerKey, "the Jira user " + ownerKey + " may not browse project " + projectKey);
            }
        }
        return owner;
    }

    private static Optional<BigDecimal> value(KpiSource.Aggregate aggregate, CustomField field, Issue issue, long now) {
        return switch (aggregate) {
            case SUM, AVERAGE -> issue.getCustomFieldValue(field) instanceof Number n
                    ? Optional.of(new BigDecimal(n.toString())) : Optional.empty();
            case AVERAGE_AGE_DAYS -> issue.getCreated() == null ? Optional.empty()
                    : Optional.of(days(now - issue.getCreated().getTime()));
            case AVERAGE_RESOLUTION_DAYS -> issue.getCreated() == null || issue.getResolutionDate() == null ? Optional.empty()
                    : Optional.of(days(issue.getResolutionDate().getTime() - issue.getCreated().getTime()));
            case COUNT -> Optional.of(BigDecimal.ONE);
        };
    }

    private static BigDecimal days(long millis) {
        return BigDecimal.valueOf(millis).divide(MILLIS_PER_DAY, MathContext.DECIMAL64);
    }

    private Optional<CustomField> field(String idOrName) {
        return CustomFieldLookup.byIdOrName(customFields, idOrName);
    }
}
