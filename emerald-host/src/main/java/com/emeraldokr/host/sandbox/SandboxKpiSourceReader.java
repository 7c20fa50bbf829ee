package com.emeraldokr.host.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.port.KpiOwnerUnavailableException;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.host.HostText;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JQL-fed KPIs over the sandbox's issues, with the subset of JQL the demo needs: {@code field = value},
 * {@code field != value} and {@code field in (a, b)} over project, issuetype, statusCategory and
 * "Epic Link", joined by AND, translated to one SQL statement. Jira's own parser and search do this
 * in the Jira plugin.
 */
public final class SandboxKpiSourceReader implements KpiSourceReader {

    private static final Map<String, String> COLUMNS = Map.of(
            "project", "PROJECT_KEY", "issuetype", "ISSUE_TYPE", "type", "ISSUE_TYPE",
            "statuscategory", "STATUS_CATEGORY", "epic link", "EPIC_KEY");
    private static final Map<String, String> STATUS_CATEGORIES = Map.of(
            "done", "done", "to do", "new", "new", "new", "in progress", "indeterminate", "indeterminate", "indeterminate");
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(\"[^\"]+\"|[A-Za-z]+)\\s*(=|!=|(?i:not\\s+in|in))\\s*(\\([^)]*\\)|\"[^\"]*\"|[^\\s()\"]+)\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final String STORY_POINTS = "story points";

    private final ActiveObjects ao;
    private final HostText text;
    private final Function<String, Optional<? extends ProjectAccess>> owners;

    /** {@code owners} finds a user by key with the projects they may browse; empty for a user the host does not know. */
    public SandboxKpiSourceReader(ActiveObjects ao, Locale locale, Function<String, Optional<? extends ProjectAccess>> owners) {
        this.ao = ao;
        this.text = new HostText(locale);
        this.owners = owners;
    }

    /** The query as SQL criteria with their parameters. */
    private record Criteria(String sql, List<Object> parameters) {
    }

    @Override
    public List<String> problems(KpiSource source) {
        List<String> problems = new ArrayList<>();
        try {
            criteria(source.jql());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (source.aggregate().needsField() && !STORY_POINTS.equals(source.field().toLowerCase(Locale.ROOT))) {
            problems.add(text("emerald.host.jql.field", source.field()));
        }
        if (source.aggregate() == KpiSource.Aggregate.AVERAGE_AGE_DAYS
                || source.aggregate() == KpiSource.Aggregate.AVERAGE_RESOLUTION_DAYS) {
            problems.add(text("emerald.host.jql.dates", source.aggregate().name()));
        }
        return problems;
    }

    /**
     * Runs the query as the KPI's owner, over the projects the owner may browse, like Jira's search as
     * that user: an owner the host no longer knows, or who may not browse the KPI's project, gets nothing.
     */
    @Override
    public Optional<BigDecimal> measure(KpiSource source, String ownerKey, String projectKey) {
        ProjectAccess owner = owners.apply(ownerKey)
                .orElseThrow(() -> new KpiOwnerUnavailableException(ownerKey, "the host has no user " + ownerKey));
        if (projectKey != null && !owner.may(ProjectPermission.BROWSE_PROJECTS, projectKey)) {
            throw new KpiOwnerUnavailableException(ownerKey, "the user " + ownerKey + " may not browse project " + projectKey);
        }
        List<String> problems = problems(source);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems));
        }
        Criteria criteria = criteria(source.jql());
        Set<String> browsable = owner.projectsWith(ProjectPermission.BROWSE_PROJECTS);
        SandboxIssueEntity[] issues;
        if (browsable.contains(ProjectAccess.EVERY_PROJECT)) {
            issues = ao.find(SandboxIssueEntity.class, Query.select().where(criteria.sql(), criteria.parameters().toArray()));
        } else if (browsable.isEmpty()) {
            issues = new SandboxIssueEntity[0];
        } else {
            List<Object> parameters = new ArrayList<>(criteria.parameters());
            parameters.addAll(browsable);
            issues = ao.find(SandboxIssueEntity.class, Query.select().where(criteria.sql() + " AND PROJECT_KEY IN ("
                    + String.join(",", Collections.nCopies(browsable.size(), "?")) + ")", parameters.toArray()));
        }
        return switch (source.aggregate()) {
            case COUNT -> Optional.of(BigDecimal.valueOf(issues.length));
            case SUM -> Optional.of(points(issues).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            case AVERAGE -> {
                List<BigDecimal> points = points(issues);
                yield points.isEmpty() ? Optional.empty() : Optional.of(points.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(points.size()), MathContext.DECIMAL64));
            }
            default -> throw new IllegalStateException(text("emerald.host.jql.dates", source.aggregate().name()));
        };
    }

    private static List<BigDecimal> points(SandboxIssueEntity[] issues) {
        List<BigDecimal> points = new ArrayList<>();
        for (SandboxIssueEntity issue : issues) {
            if (issue.getStoryPoints() != null) {
                points.add(BigDecimal.valueOf(issue.getStoryPoints()));
            }
        }
        return points;
    }

    private Criteria criteria(String jql) {
        List<String> sql = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String clause : AND.split(jql.strip())) {
            Matcher m = CLAUSE.matcher(clause);
            String field = m.matches() ? unquote(m.group(1)).toLowerCase(Locale.ROOT) : null;
            if (field == null || !COLUMNS.containsKey(field)) {
                throw new IllegalArgumentException(text("emerald.host.jql.unsupported", clause.strip()));
            }
            String column = COLUMNS.get(field);
            String operator = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            List<String> values = new ArrayList<>();
            String raw = m.group(3);
            if (raw.startsWith("(")) {
                for (String v : raw.substring(1, raw.length() - 1).split(",")) {
                    values.add(value(column, unquote(v.strip())));
                }
            } else {
                values.add(value(column, unquote(raw)));
            }
            boolean list = operator.endsWith("in");
            if (list != raw.startsWith("(") || values.isEmpty()) {
                throw new IllegalArgumentException(text("emerald.host.jql.unsupported", clause.strip()));
            }
            boolean negated = operator.equals("!=") || operator.startsWith("not");
            sql.add(column + (negated ? " NOT IN (" : " IN (") + String.join(",", Collections.nCopies(values.size(), "?")) + ")");
            parameters.addAll(values);
        }
        return new Criteria(String.join(" AND ", sql), parameters);
    }

    /** Keys and status categories are stored in their canonical spelling; issue type names as they are. */
    private static String value(String column, String value) {
        return switch (column) {
            case "PROJECT_KEY", "EPIC_KEY" -> value.toUpperCase(Locale.ROOT);
            case "STATUS_CATEGORY" -> STATUS_CATEGORIES.getOrDefault(value.toLowerCase(Locale.ROOT), value);
            default -> value;
        };
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private String text(String key, Object... args) {
        return text.text(key, args);
    }
}
