package com.emeraldokr.host;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.confluence.KpiStatusMacro;
import com.emeraldokr.confluence.OkrObjectiveMacro;
import com.emeraldokr.confluence.OkrPlanMacro;
import com.emeraldokr.core.ao.ActiveObjectsBackupStore;
import com.emeraldokr.core.ao.ActiveObjectsKpiStore;
import com.emeraldokr.core.ao.ActiveObjectsOkrStore;
import com.emeraldokr.core.ao.ActiveObjectsProposalStore;
import com.emeraldokr.core.ao.ActiveObjectsSettingsStore;
import com.emeraldokr.core.render.OkrIssuePanels;
import com.emeraldokr.core.service.backup.BackupService;
import com.emeraldokr.core.service.cycle.CycleService;
import com.emeraldokr.core.service.epic.EpicProgressAdmin;
import com.emeraldokr.core.service.issue.IssuePickerService;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.KpiCollector;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.core.service.objective.OkrCreationService;
import com.emeraldokr.core.service.report.OkrReportService;
import com.emeraldokr.core.service.settings.SettingsService;
import com.emeraldokr.host.auth.AccessAnnotations;
import com.emeraldokr.host.auth.HostAuthenticationContext;
import com.emeraldokr.host.auth.HostAuthenticationFilter;
import com.emeraldokr.host.auth.HostUser;
import com.emeraldokr.host.auth.HostUsers;
import com.emeraldokr.host.auth.LoginPage;
import com.emeraldokr.host.auth.LoginServlet;
import com.emeraldokr.host.auth.LogoutServlet;
import com.emeraldokr.host.auth.XsrfFilter;
import com.emeraldokr.host.cluster.ClusterJobRuns;
import com.emeraldokr.host.cluster.HostCluster;
import com.emeraldokr.host.database.EntityManagerActiveObjects;
import com.emeraldokr.host.database.HostDatabase;
import com.emeraldokr.host.database.HostSchema;
import com.emeraldokr.host.demo.DemoCompanySeeder;
import com.emeraldokr.host.sandbox.HostCurrentUser;
import com.emeraldokr.host.sandbox.HostEpicProgressConfig;
import com.emeraldokr.host.sandbox.HostPermissions;
import com.emeraldokr.host.sandbox.SandboxEpicWork;
import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.emeraldokr.host.sandbox.SandboxIssueLinks;
import com.emeraldokr.host.sandbox.SandboxIssueSetup;
import com.emeraldokr.host.sandbox.SandboxIssueWriter;
import com.emeraldokr.host.sandbox.SandboxKpiSourceReader;
import com.emeraldokr.host.web.AccessLog;
import com.emeraldokr.host.web.AccessLogFilter;
import com.emeraldokr.host.web.ApiDocsServlet;
import com.emeraldokr.host.web.ClasspathResourceServlet;
import com.emeraldokr.host.web.DashboardPage;
import com.emeraldokr.host.web.DashboardServlet;
import com.emeraldokr.host.web.FairAdmission;
import com.emeraldokr.host.web.HostChrome;
import com.emeraldokr.host.web.HostErrorHandler;
import com.emeraldokr.host.web.HostErrorPages;
import com.emeraldokr.host.web.HostServerErrorHandler;
import com.emeraldokr.host.web.HtmlPageServlet;
import com.emeraldokr.host.web.HttpOkrDataClient;
import com.emeraldokr.host.web.IssuePage;
import com.emeraldokr.host.web.IssuePageServlet;
import com.emeraldokr.host.web.ItemPreferences;
import com.emeraldokr.host.web.ItemPreferencesServlet;
import com.emeraldokr.host.web.OkrWorkspacePage;
import com.emeraldokr.host.web.OpenApiDocument;
import com.emeraldokr.host.web.OpenApiServlet;
import com.emeraldokr.host.web.PlanningPage;
import com.emeraldokr.host.web.PlanningPageServlet;
import com.emeraldokr.host.web.RestApplication;
import com.emeraldokr.host.web.RestRequestCounter;
import com.emeraldokr.host.web.SettingsPage;
import com.emeraldokr.host.web.StatusServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.DispatcherType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The embedded reference host: Emerald's stores on real Active Objects, its REST resources on
 * Jersey, and the dashboard, on one Jetty server. {@code java -jar emerald-host.jar [options]}.
 */
public final class EmeraldHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmeraldHost.class);
    /** Where the REST API is, as in Jira. */
    static final String REST_API = "/rest/emerald/1.0";
    /** The session cookie's name, Jira's and the servlet default. */
    private static final String SESSION_COOKIE = "JSESSIONID";

    private final HostDatabase database;
    private final HostCluster cluster;
    private final Server server;
    private final RestRequestCounter restRequests = new RestRequestCounter();
    private final SandboxIssueDirectory issues;
    private final HostUsers users;
    private final HostAuthenticationContext authentication = new HostAuthenticationContext();
    private final AccessLog accessLog;
    private final String bind;
    private final HostErrorPages errorPages = new HostErrorPages(Locale.ENGLISH);
    private KpiCollectionSchedule kpiCollection;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmeraldHost(HostOptions options, Clock clock) {
        this.database = new HostDatabase(options.jdbcUrl(), options.jdbcUser(), options.dbPassword());
        this.bind = options.bind();
        AccessLog log = null;
        HostCluster joined = null;
        try {
            joined = options.clustered()
                    ? HostCluster.postgres(options.nodeName(), options.jdbcUrl(), options.jdbcUser(), options.dbPassword(), database.dataSource())
                    : HostCluster.single(options.nodeName());
            this.cluster = joined;
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager());
            cluster.duringStartup(() -> HostSchema.current(database, ao).upgrade());
            BundleMessages messages = new BundleMessages(Locale.ENGLISH);
            this.users = new HostUsers(ao, clock);
            cluster.duringStartup(() -> {
                if (users.seedDemoUsersIfEmpty()) {
                    LOG.info("Created the demo users (their passwords are in the README: for a demo on this machine only)");
                }
            });
            // the sandbox as its own administrator sees it, for set-up; Emerald sees it as the request's user
            this.issues = new SandboxIssueDirectory(ao, cluster.caches());
            SandboxIssueDirectory issues = issues().as(authentication);
            HostCurrentUser user = new HostCurrentUser(authentication);
            HostPermissions permissions = new HostPermissions(authentication, this.issues::projectExists);
            SandboxIssueLinks links = new SandboxIssueLinks(ao, authentication);
            HostEpicProgressConfig epicProgress = new HostEpicProgressConfig(ao, cluster.caches(), Locale.ENGLISH);
            SandboxEpicWork work = new SandboxEpicWork(ao, epicProgress::settings);
            ActiveObjectsOkrStore okrStore = new ActiveObjectsOkrStore(ao, clock, cluster.caches());
            ActiveObjectsSettingsStore settingsStore = new ActiveObjectsSettingsStore(ao, clock, cluster.caches());
            ActiveObjectsKpiStore kpiStore = new ActiveObjectsKpiStore(ao, clock, cluster.caches());
            CycleService cycles = new CycleService(okrStore, issues, links, work, user, permissions, messages, clock,
                    settingsStore);
            ObjectiveService objectives = new ObjectiveService(okrStore, issues, links, work, messages, clock, settingsStore,
                    kpiStore);
            KeyResultService keyResults = new KeyResultService(okrStore, issues, links, work, user, messages, clock,
                    settingsStore, kpiStore);
            OkrReportService reports = new OkrReportService(okrStore, issues, messages, clock, links, work, kpiStore,
                    settingsStore);
            OkrCreationService creationService = new OkrCreationService(objectives, keyResults, okrStore,
                    new SandboxIssueWriter(issues, Locale.ENGLISH), permissions, messages);
            SandboxKpiSourceReader kpiSources = new SandboxKpiSourceReader(ao, Locale.ENGLISH, users::find);
            ActiveObjectsProposalStore proposals = new ActiveObjectsProposalStore(ao);
            KpiService kpiService = new KpiService(kpiStore, user, messages, clock, permissions, kpiSources,
                    settingsStore, proposals, issues);
            LoopService loop = new LoopService(kpiService, creationService, okrStore, proposals, issues, user,
                    permissions, messages, clock);
            BackupService backupService = new BackupService(new ActiveObjectsBackupStore(ao, cluster.caches()), issues, kpiSources, messages, clock);
            HostUser seeder = users.find(HostCurrentUser.USER_KEY).orElse(null);
            if (options.seedDemo() && seeder != null) {
                // two nodes starting on one empty database seed it once
                cluster.duringStartup(() -> {
                    if (authentication.as(seeder,
                            () -> new DemoCompanySeeder(cycles, objectives, keyResults, kpiService, issues, clock).seedIfEmpty())) {
                        LOG.info("Seeded the demo company");
                    }
                });
            }
            this.kpiCollection = new KpiCollectionSchedule(new KpiCollector(kpiStore, kpiSources, clock),
                    options.kpiCollectionInterval(), cluster.locks(), new ClusterJobRuns(ao), cluster.nodeId(), clock);
            this.server = new Server(requestThreads());
            HttpConfiguration httpConfig = new HttpConfiguration();
            // no server software or version in any answer: not in the Server header, not in X-Powered-By
            httpConfig.setSendServerVersion(false);
            httpConfig.setSendXPoweredBy(false);
            ServerConnector http = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
            http.setHost(options.bind());
            http.setPort(options.port());
            bindWarning(options.bind()).ifPresent(LOG::warn);
            log = new AccessLog(options.dataDir(), AccessLog.DEFAULT_CAP_BYTES, AccessLog.DEFAULT_KEEP);
            this.accessLog = log;
            server.addConnector(http);
            server.setErrorHandler(new HostServerErrorHandler(errorPages));
            server.setHandler(handlers(new RestApplication.Services(cycles, objectives, keyResults, reports, creationService, kpiService, backupService,
                    new SandboxIssueSetup(issues), new EpicProgressAdmin(epicProgress, messages),
                    new IssuePickerService(issues, messages),
                    new SettingsService(settingsStore, permissions, user, messages), loop),
                    messages, ao, options.seedDemo(), clock));
            server.setStopAtShutdown(false);
        } catch (RuntimeException e) {
            if (kpiCollection != null) {
                kpiCollection.close();
            }
            if (joined != null) {
                joined.close();
            }
            if (log != null) {
                log.close();
            }
            database.close();
            throw e;
        }
    }

    private static boolean isWildcard(String bind) {
        return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
    }

    /** The warning the log gets for an address other machines may reach, or empty for loopback. */
    static Optional<String> bindWarning(String bind) {
        return isLoopback(bind) ? Optional.empty() : Optional.of("The host listens on " + bind
                + ", not only on this machine: anyone who can reach it may log in as a demo user with the README's passwords");
    }

    /** Whether the address is this machine's loopback (a name that does not resolve counts as not). */
    static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Starts a host and returns once it serves requests. */
    public static EmeraldHost start(HostOptions options, Clock clock) {
        if (options.dbUrl() == null) {
            try {
                Files.createDirectories(options.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + options.dataDir(), e);
            }
        }
        EmeraldHost host = new EmeraldHost(options, clock);
        try {
            host.server.start();
        } catch (Exception e) {
            host.close();
            throw new IllegalStateException("the host could not start on port " + options.port() + ": " + e.getMessage(), e);
        }
        host.running.set(true);
        return host;
    }

    private ServletContextHandler handlers(RestApplication.Services services, BundleMessages messages,
                                           EntityManagerActiveObjects ao, boolean seedDemo, Clock clock) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.getSessionHandler().setSessionCookie(SESSION_COOKIE);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.setErrorHandler(new HostErrorHandler(errorPages));
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        // in this order: log every request, queue it for its turn, find its user, then refuse changes without the XSRF header
        context.addFilter(new FilterHolder(new AccessLogFilter(accessLog, clock)), "/*", requests);
        // before finding the user, whose password check is the costliest step of a basic-auth request
        context.addFilter(new FilterHolder(new FairAdmission(FairAdmission.forThisMachine(), "/status")), "/*", requests);
        String openApiJson = OpenApiDocument.SERVER_PATH + "/openapi.json";
        String openApiYaml = OpenApiDocument.SERVER_PATH + "/openapi.yaml";
        context.addFilter(new FilterHolder(new HostAuthenticationFilter(users, authentication, REST_API + "/",
                Set.of(openApiJson, openApiYaml), SESSION_COOKIE, Locale.ENGLISH)), "/*", requests);
        XsrfFilter xsrf = new XsrfFilter(Locale.ENGLISH);
        context.addFilter(new FilterHolder(xsrf), "/rest/*", requests);
        context.addFilter(new FilterHolder(xsrf), "/host/*", requests);
        context.addFilter(new FilterHolder(restRequests), "/rest/*", requests);
        context.addServlet(new ServletHolder(new ServletContainer(RestApplication.create(services, messages)
                .register(new AccessAnnotations(authentication, Locale.ENGLISH)))), REST_API + "/*");
        // exact paths outrank Jersey's /rest/emerald/1.0/*: the document describes the resources, it is not one
        OpenApiServlet openApi = new OpenApiServlet(OpenApiDocument.of(buildProperty("project.version")));
        context.addServlet(new ServletHolder(openApi), openApiJson);
        context.addServlet(new ServletHolder(openApi), openApiYaml);
        context.addServlet(new ServletHolder(new ApiDocsServlet(buildProperty("swagger-ui.version"))), "/api-docs/*");
        context.addServlet(new ServletHolder(new StatusServlet(running::get)), "/status");
        context.addServlet(new ServletHolder(new ClasspathResourceServlet()), "/static/*");
        HostChrome chrome = new HostChrome(Locale.ENGLISH, buildProperty("jquery.version"), authentication);
        context.addServlet(new ServletHolder(new LoginServlet(users, new LoginPage(Locale.ENGLISH, chrome))), "/login");
        context.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        String self = isWildcard(bind) ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
        // the macros read as the viewing user, as through Confluence's application link: the request's own credentials go along
        HttpOkrDataClient loopback = new HttpOkrDataClient(() -> URI.create("http://" + self + ":" + port() + "/"),
                () -> authentication.credentials().map(c -> Map.of(c.header(), c.value())).orElse(Map.of()), messages);
        PlanningPage planning = new PlanningPage(new OkrPlanMacro(loopback, messages), new OkrObjectiveMacro(loopback, messages),
                new KpiStatusMacro(loopback, messages), Locale.ENGLISH, chrome);
        context.addServlet(new ServletHolder(new PlanningPageServlet(planning)), "/confluence/*");
        OkrIssuePanels panels = new OkrIssuePanels(services.objectives(), services.keyResults(), services.loop(), messages,
                key -> "/browse/" + key);
        context.addServlet(new ServletHolder(new IssuePageServlet(new IssuePage(issues.as(authentication), panels, Locale.ENGLISH, chrome))), "/browse/*");
        OkrWorkspacePage workspace = new OkrWorkspacePage(Locale.ENGLISH, chrome);
        context.addServlet(new ServletHolder(new HtmlPageServlet(request -> workspace.html(request.getParameter("project")))),
                "/okrs");
        SettingsPage settingsPage = new SettingsPage(Locale.ENGLISH, chrome);
        context.addServlet(new ServletHolder(new HtmlPageServlet(request -> settingsPage.html())), "/settings");
        ItemPreferences preferences = new ItemPreferences(ao, seedDemo
                ? Map.of("key-result-trend", Map.of("issueKey", "OKR-2")) : Map.of());
        // the one shared dashboard is edited by administrators, as Jira's system dashboard is
        BooleanSupplier mayEditDashboard = new HostPermissions(authentication, issues::projectExists)::isAdministrator;
        context.addServlet(new ServletHolder(new ItemPreferencesServlet(preferences, mayEditDashboard)), "/host/dashboard-items/*");
        context.addServlet(new ServletHolder(new DashboardServlet(new DashboardPage(Locale.ENGLISH,
                chrome, buildProperty("uplot.version")), preferences, mayEditDashboard)), "/");
        return context;
    }

    private static String buildProperty(String name) {
        try (InputStream in = EmeraldHost.class.getClassLoader().getResourceAsStream("emerald-host.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(name);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("emerald-host.properties is missing from the build", e);
        }
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public RestRequestCounter restRequests() {
        return restRequests;
    }

    /** The collection schedule, for tests that run it now instead of waiting for it. */
    KpiCollectionSchedule kpiCollection() {
        return kpiCollection;
    }

    /** The sandbox's issues as a user with every permission sees them (for set-up and tests). */
    public SandboxIssueDirectory issues() {
        return issues;
    }

    /** The host's users and permission scheme. */
    public HostUsers users() {
        return users;
    }

    /** The access log's file. */
    public Path accessLog() {
        return accessLog.file();
    }

    public HostDatabase database() {
        return database;
    }

    /** This node's name and what it shares with the other nodes on its database. */
    public HostCluster cluster() {
        return cluster;
    }

    /** Stops serving, then closes the database; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running.set(false);
        kpiCollection.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        } finally {
            cluster.close();
            accessLog.close();
            database.close();
        }
    }

    /**
     * Threads for connections, including those waiting their turn in {@link FairAdmission}: a waiting request holds a
     * thread but no database connection and little memory, while only a few work at once.
     */
    static final int REQUEST_THREADS = 256;

    private static QueuedThreadPool requestThreads() {
        QueuedThreadPool threads = new QueuedThreadPool(REQUEST_THREADS, 8);
        threads.setName("emerald-http");
        return threads;
    }

    public static void main(String[] args) {
        HostOptions options;
        try {
            options = HostOptions.parse(args, System.getenv());
        } catch (HostOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        EmeraldHost host;
        try {
            host = start(options, Clock.systemUTC());
        } catch (RuntimeException e) {
            LOG.error("The Emerald host could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping the Emerald host");
            host.close();
        }, "emerald-host-shutdown"));
        LOG.info("Emerald host running at http://{}:{}/ (database {}, node {}; log in as a demo user, see the README)",
                isLoopback(options.bind()) ? "localhost" : options.bind(), host.port(),
                options.dbUrl() == null ? options.dataDir() : options.dbUrl(), host.cluster().nodeId());
    }
}
