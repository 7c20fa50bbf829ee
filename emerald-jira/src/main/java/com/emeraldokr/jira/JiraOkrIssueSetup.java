package com.emeraldokr.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.emeraldokr.core.port.OkrIssueSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

/**
 * Creates Emerald's issue types (with Emerald's icons) and link types in Jira when they are missing. Ids are remembered in
 * plugin settings, so a type an admin renamed is still recognised; a cluster lock keeps two nodes
 * starting together from creating duplicates.
 */
@Named
public class JiraOkrIssueSetup implements OkrIssueSetup {

    private static final Logger LOG = LoggerFactory.getLogger(JiraOkrIssueSetup.class);

    static final String LOCK_NAME = "com.emeraldokr.emerald.issue-setup";
    static final long LOCK_WAIT_SECONDS = 30;

    record IssueTypeSpec(String code, String name, String description, String icon) {
    }

    record LinkTypeSpec(String code, String name, String outward, String inward) {
    }

    static final List<IssueTypeSpec> ISSUE_TYPES = List.of(
            new IssueTypeSpec("objective", "Objective", "A qualitative, time-bound goal measured by key results (Emerald).",
                    "objective.png"),
            new IssueTypeSpec("key-result", "Key Result", "A measurable outcome of an objective, from a start to a target value (Emerald).",
                    "key-result.png"));
    /** Where the 48×48 icons live in the plugin jar. */
    static final String ICON_FOLDER = "/images/";
    static final List<LinkTypeSpec> LINK_TYPES = List.of(
            new LinkTypeSpec("key-result", "Emerald Key Result", "has key result", "is key result of"),
            new LinkTypeSpec("contributes", "Emerald Contributes", "contributes to", "is contributed to by"),
            new LinkTypeSpec("alignment", "Emerald Alignment", "aligns to", "is aligned from"));

    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final ClusterLockService locks;
    private final PluginSettingsFactory settingsFactory;
    private final ProjectManager projects;
    private final IssueTypeSchemeManager schemes;
    private final AvatarManager avatars;

    @Inject
    public JiraOkrIssueSetup(@ComponentImport IssueTypeManager issueTypes, @ComponentImport IssueLinkTypeManager linkTypes,
                             @ComponentImport ClusterLockService locks, @ComponentImport PluginSettingsFactory settingsFactory,
                             @ComponentImport ProjectManager projects, @ComponentImport IssueTypeSchemeManager schemes,
                             @ComponentImport AvatarManager avatars) {
        this.issueTypes = issueTypes;
        this.linkTypes = linkTypes;
        this.locks = locks;
        this.settingsFactory = settingsFactory;
        this.projects = projects;
        this.schemes = schemes;
        this.avatars = avatars;
    }

    @Override
    public Report enableInProject(String projectKey) {
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new NoSuchElementException(projectKey);
        }
        install();
        PluginSettings settings = settingsFactory.createGlobalSettings();
        List<String> present = new ArrayList<>();
        for (IssueType t : schemes.getIssueTypesForProject(project)) {
            present.add(t.getId());
        }
        List<String> optionIds = new ArrayList<>(present);
        List<String> added = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (IssueTypeSpec spec : ISSUE_TYPES) {
            Object id = settings.get(EmeraldJiraSettings.issueTypeKey(spec.code()));
            if (!(id instanceof String typeId)) {
                throw new IllegalStateException("the issue setup did not record the id of " + spec.name());
            }
            if (present.contains(typeId)) {
                found.add(spec.name());
            } else {
                optionIds.add(typeId);
                added.add(spec.name());
            }
        }
        if (!added.isEmpty()) {
            FieldConfigScheme scheme = schemes.getConfigScheme(project);
            if (scheme == null || schemes.isDefaultIssueTypeScheme(scheme)) {
                // the default scheme offers every issue type already; Jira added ours to it on creation
                for (String name : added) {
                    found.add(name);
                }
                return new Report(List.of(), found);
            }
            // a shared scheme changes for every project using it, as it does when an admin edits it
            schemes.update(scheme, optionIds);
        }
        return new Report(added, found);
    }

    @Override
    public Report install() {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("another node has been setting up Emerald's issue types for over "
                        + LOCK_WAIT_SECONDS + " s; try again when it has finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the issue-setup lock", e);
        }
        try {
            PluginSettings settings = settingsFactory.createGlobalSettings();
            List<String> created = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (IssueTypeSpec spec : ISSUE_TYPES) {
                (ensureIssueType(spec, settings) ? created : found).add(spec.name());
            }
            for (LinkTypeSpec spec : LINK_TYPES) {
                (ensureLinkType(spec, settings) ? created : found).add(spec.name());
            }
            return new Report(created, found);
        } finally {
            lock.unlock();
        }
    }

    /** Returns whether it had to create the type. */
    private boolean ensureIssueType(IssueTypeSpec spec, PluginSettings settings) {
        String key = EmeraldJiraSettings.issueTypeKey(spec.code());
        Object stored = settings.get(key);
        if (stored instanceof String id && issueTypes.getIssueType(id) != null) {
            return false;
        }
        IssueType existing = issueTypes.getIssueTypes().stream()
                .filter(t -> t.getName() != null && t.getName().toLowerCase(Locale.ROOT).equals(spec.name().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (existing != null) {
            settings.put(key, existing.getId());
            return false;
        }
        IssueType created = issueTypes.createIssueType(spec.name(), spec.description(), icon(spec));
        settings.put(key, created.getId());
        return true;
    }

    /**
     * Emerald's icon for a type it creates, as a new issue-type avatar; null (Jira's default icon) when
     * Jira refuses it, so an icon never stops the setup. Types that already exist keep their icon.
     */
    private Long icon(IssueTypeSpec spec) {
        try (InputStream png = JiraOkrIssueSetup.class.getResourceAsStream(ICON_FOLDER + spec.icon())) {
            if (png == null) {
                LOG.warn("Emerald's icon {} is missing from the plugin jar; {} gets Jira's default icon", spec.icon(), spec.name());
                return null;
            }
            Avatar avatar = avatars.create(spec.icon(), "image/png", IconType.ISSUE_TYPE_ICON_TYPE,
                    new IconOwningObjectId("0"), png, null);
            return avatar == null ? null : avatar.getId();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Jira did not take Emerald's icon for {}; it gets the default icon", spec.name(), e);
            return null;
        }
    }

    /** Returns whether it had to create the link type. */
    private boolean ensureLinkType(LinkTypeSpec spec, PluginSettings settings) {
        String key = EmeraldJiraSettings.linkTypeKey(spec.code());
        Object stored = settings.get(key);
        if (stored instanceof String id && id.matches("\\d{1,18}") && linkTypes.getIssueLinkType(Long.valueOf(id)) != null) {
            return false;
        }
        boolean create = linkTypes.getIssueLinkTypesByName(spec.name()).isEmpty();
        if (create) {
            linkTypes.createIssueLinkType(spec.name(), spec.outward(), spec.inward(), null);
        }
        IssueLinkType type = linkTypes.getIssueLinkTypesByName(spec.name()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Jira did not create the link type " + spec.name()));
        settings.put(key, String.valueOf(type.getId()));
        return create;
    }
}
