package com.emeraldokr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.domain.WorkItem;
import com.emeraldokr.core.port.EpicWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import javax.inject.Inject;
import javax.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The work under epics, read with two JQL searches per batch of epics ({@code issue in (…)}, then
 * {@code "Epic Link" in (…)}), never one read per issue. Results are cached per epic in a cache that
 * Jira Data Center invalidates on every node; issue and link events drop the affected epics.
 * Progress is an aggregate, so the search overrides issue security and the result is shared by
 * all users; which epics a user sees listed is filtered by the caller.
 */
@Named
public class JiraEpicWork implements EpicWork, InitializingBean, DisposableBean {

    static final String CACHE_NAME = JiraEpicWork.class.getName() + ".workByEpic";
    /** Keeps each JQL short enough for Jira's parser and the database's IN lists. */
    static final int EPICS_PER_SEARCH = 50;
    static final int PAGE_SIZE = 1000;
    /** Jira Software's field behind the Epic-Story link. */
    static final String EPIC_LINK_FIELD = "Epic Link";
    /** Jira Software's estimate field, used when the administrator has not chosen another. */
    static final String DEFAULT_STORY_POINTS_FIELD = "Story Points";

    private final SearchService searchService;
    private final CustomFieldManager customFields;
    private final JiraAuthenticationContext authenticationContext;
    private final EventPublisher eventPublisher;
    private final EmeraldJiraSettings settings;
    private final Cache<Long, EpicItems> cache;

    /** The cached work of one epic; a class of its own so the cache holds an immutable value. */
    record EpicItems(List<WorkItem> items) {
        EpicItems {
            items = List.copyOf(items);
        }
    }

    @Inject
    public JiraEpicWork(@ComponentImport SearchService searchService, @ComponentImport CustomFieldManager customFields,
                        @ComponentImport JiraAuthenticationContext authenticationContext,
                        @ComponentImport EventPublisher eventPublisher, @ComponentImport CacheManager cacheManager,
                        EmeraldJiraSettings settings) {
        this.searchService = searchService;
        this.customFields = customFields;
        this.authenticationContext = authenticationContext;
        this.eventPublisher = eventPublisher;
        this.settings = settings;
        // local values, invalidated on every node when one node drops a key
        this.cache = cacheManager.getCache(CACHE_NAME, null, new CacheSettingsBuilder()
                .replicateViaInvalidation().expireAfterWrite(10, TimeUnit.MINUTES).maxEntries(10_000).build());
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @Override
    public Settings settings() {
        return settings.epicProgress();
    }

    @Override
    public Map<Long, List<WorkItem>> workUnder(Collection<Long> epicIssueIds) {
        Map<Long, List<WorkItem>> work = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(epicIssueIds)) {
            EpicItems cached = cache.get(id);
            if (cached != null) {
                work.put(id, cached.items());
            } else {
                missing.add(id);
            }
        }
        Optional<CustomField> epicLink = epicLinkField();
        Optional<CustomField> storyPoints = storyPointsField();
        for (int from = 0; from < missing.size(); from += EPICS_PER_SEARCH) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + EPICS_PER_SEARCH));
            Map<Long, List<WorkItem>> found = search(batch, epicLink, storyPoints);
            found.forEach((epicId, items) -> {
                cache.put(epicId, new EpicItems(items));
                work.put(epicId, List.copyOf(items));
            });
        }
        return work;
    }

    /**
     * Two searches per batch: the linked issues themselves, then the children of those that are
     * epics. Jira's "Epic Link" clause rejects issues that are not epics, and an issue of another
     * type can be linked by hand, so only real epics go into the second query.
     */
    private Map<Long, List<WorkItem>> search(List<Long> epicIds, Optional<CustomField> epicLink,
                                             Optional<CustomField> storyPoints) {
        Map<Long, List<WorkItem>> byEpic = new LinkedHashMap<>();
        List<Long> epics = new ArrayList<>();
        Set<Long> asked = Set.copyOf(epicIds);
        for (Issue issue : searchAll("issue in (" + join(epicIds) + ") ORDER BY key ASC")) {
            if (!asked.contains(issue.getId())) {
                continue;
            }
            // an epic is a container: only its children are work; an issue of another type linked by hand is its own work
            if (issue.getIssueType() != null && JiraIssueDirectory.EPIC_TYPE_NAME.equals(issue.getIssueType().getName())) {
                byEpic.put(issue.getId(), new ArrayList<>());
                epics.add(issue.getId());
            } else {
                byEpic.put(issue.getId(), new ArrayList<>(List.of(item(issue, storyPoints))));
            }
        }
        if (epicLink.isEmpty() || epics.isEmpty()) {
            return byEpic;
        }
        Set<Long> wanted = Set.copyOf(epics);
        for (Issue child : searchAll("\"" + EPIC_LINK_FIELD + "\" in (" + join(epics) + ") ORDER BY key ASC")) {
            epicOf(child, epicLink).filter(wanted::contains).ifPresent(epicId -> byEpic.get(epicId).add(item(child, storyPoints)));
        }
        return byEpic;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Every issue the query finds, a page at a time. */
    private List<Issue> searchAll(String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(authenticationContext.getLoggedInUser(), jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira rejected Emerald's epic query " + jql + ": "
                    + parsed.getErrors().getErrorMessages());
        }
        List<Issue> found = new ArrayList<>();
        SearchPages.each(searchService, authenticationContext.getLoggedInUser(), parsed.getQuery(), PAGE_SIZE,
                page -> found.addAll(page.getResults()));
        return found;
    }

    private static WorkItem item(Issue issue, Optional<CustomField> storyPoints) {
        Status status = issue.getStatus();
        StatusCategory category = status == null ? null : status.getStatusCategory();
        boolean done = category != null && StatusCategory.COMPLETE.equals(category.getKey());
        BigDecimal points = storyPoints.map(issue::getCustomFieldValue)
                .filter(Number.class::isInstance).map(v -> (Number) v)
                .filter(n -> !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f)))
                .map(n -> new BigDecimal(n.toString()))
                .filter(p -> p.signum() >= 0).orElse(null);
        return new WorkItem(issue.getKey(), done, points);
    }

    private static Optional<Long> epicOf(Issue issue, Optional<CustomField> epicLink) {
        return epicLink.map(issue::getCustomFieldValue).filter(Issue.class::isInstance).map(v -> ((Issue) v).getId());
    }

    /** The configured field, or Jira Software's "Story Points" field when none is configured. */
    private Optional<CustomField> storyPointsField() {
        Optional<String> configured = settings.storyPointsFieldId();
        if (configured.isPresent()) {
            return Optional.ofNullable(customFields.getCustomFieldObject(configured.get()));
        }
        return customFields.getCustomFieldObjectsByName(DEFAULT_STORY_POINTS_FIELD).stream().findFirst();
    }

    /** Drops every cached epic on every node, after a settings change. */
    void forgetAll() {
        cache.removeAll();
    }

    private Optional<CustomField> epicLinkField() {
        return customFields.getCustomFieldObjectsByName(EPIC_LINK_FIELD).stream().findFirst();
    }

    /** An edited, transitioned, created or deleted issue changes its own epic's work, or its work if it is an epic. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        cache.remove(issue.getId());
        epicOf(issue, epicLinkField()).ifPresent(cache::remove);
    }

    /** The Epic-Story link is an issue link: adding or removing a story changes its epic (the link's source). */
    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        forget(event.getIssueLink());
    }

    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        forget(event.getIssueLink());
    }

    private void forget(IssueLink link) {
        if (link != null) {
            cache.remove(link.getSourceId());
            cache.remove(link.getDestinationId());
        }
    }
}
