package com.emeraldokr.host.web;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.rest.AdminResource;
import com.emeraldokr.core.rest.SettingsResource;
import com.emeraldokr.core.rest.BackupResource;
import com.emeraldokr.core.rest.CycleResource;
import com.emeraldokr.core.rest.GadgetResource;
import com.emeraldokr.core.rest.IssueResource;
import com.emeraldokr.core.rest.KeyResultResource;
import com.emeraldokr.core.rest.KpiResource;
import com.emeraldokr.core.rest.ObjectiveResource;
import com.emeraldokr.core.rest.RestResources;
import com.emeraldokr.core.service.backup.BackupService;
import com.emeraldokr.core.service.cycle.CycleService;
import com.emeraldokr.core.service.epic.EpicProgressAdmin;
import com.emeraldokr.core.service.settings.SettingsService;
import com.emeraldokr.core.service.issue.IssuePickerService;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.kpi.LoopService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.core.service.objective.OkrCreationService;
import com.emeraldokr.core.service.report.OkrReportService;
import com.emeraldokr.host.sandbox.SandboxIssueSetup;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.util.HashSet;
import java.util.Set;

/**
 * The same REST resources and exception mappers the Jira plugin serves under /rest/emerald/1.0,
 * built by hand with their constructor dependencies.
 */
public final class RestApplication {

    private RestApplication() {
    }

    /** The services behind the resources. */
    public record Services(CycleService cycles, ObjectiveService objectives, KeyResultService keyResults,
                           OkrReportService reports, OkrCreationService creation,
                           KpiService kpis, BackupService backup,
                           SandboxIssueSetup issueSetup, EpicProgressAdmin epicProgress,
                           IssuePickerService picker, SettingsService settings, LoopService loop) {
    }

    public static ResourceConfig create(Services services, Messages messages) {
        ResourceConfig config = new ResourceConfig()
                // only what is registered here: no second Jackson provider found through META-INF/services
                .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                // no mapper of its own: it takes core's ObjectMapperResolver, as the JSON provider in Jira does
                .register(new JacksonJsonProvider())
                .register(new ResourceInstances(services, messages));
        RestResources.RESOURCES.forEach(config::register);
        RestResources.PROVIDERS.forEach(config::register);
        return config;
    }

    /**
     * Hands Jersey our resource instances for the registered resource classes. Registering the
     * instances directly works too, but Jersey then logs each as a misconfigured provider. The
     * providers are registered as classes and take {@link Messages} from here. Jersey refuses to
     * start the application when the instances built here are not exactly
     * {@link RestResources#RESOURCES}, so no listed resource goes without an instance.
     */
    private static final class ResourceInstances extends AbstractBinder {
        private final Services services;
        private final Messages messages;
        private final Set<Class<?>> bound = new HashSet<>();

        ResourceInstances(Services services, Messages messages) {
            this.services = services;
            this.messages = messages;
        }

        @Override
        protected void configure() {
            instance(CycleResource.class, new CycleResource(services.cycles()));
            instance(ObjectiveResource.class, new ObjectiveResource(services.objectives(), services.creation()));
            instance(KeyResultResource.class, new KeyResultResource(services.keyResults(), services.creation(), services.loop()));
            instance(GadgetResource.class, new GadgetResource(services.reports(), services.kpis(), messages));
            instance(KpiResource.class, new KpiResource(services.kpis(), services.loop(), messages));
            instance(BackupResource.class, new BackupResource(services.backup()));
            instance(AdminResource.class, new AdminResource(services.issueSetup(), services.epicProgress(), messages));
            instance(IssueResource.class, new IssueResource(services.picker()));
            instance(SettingsResource.class, new SettingsResource(services.settings()));
            bind(messages).to(Messages.class);
            if (!bound.equals(Set.copyOf(RestResources.RESOURCES))) {
                throw new IllegalStateException("REST resources listed " + RestResources.RESOURCES + " but built " + bound);
            }
        }

        private <T> void instance(Class<T> type, T resource) {
            bind(resource).to(type);
            bound.add(type);
        }
    }
}
