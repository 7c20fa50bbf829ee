package com.emeraldokr.host;

import com.emeraldokr.core.service.cycle.CycleService;
import com.emeraldokr.core.service.objective.ObjectiveService;
import com.emeraldokr.core.service.keyresult.KeyResultService;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.core.rest.AdminResource;
import com.emeraldokr.core.rest.BackupResource;
import com.emeraldokr.core.rest.ConflictExceptionMapper;
import com.emeraldokr.core.rest.CycleResource;
import com.emeraldokr.core.rest.ForbiddenExceptionMapper;
import com.emeraldokr.core.rest.GadgetResource;
import com.emeraldokr.core.rest.IssueResource;
import com.emeraldokr.core.rest.JsonProcessingExceptionMapper;
import com.emeraldokr.core.rest.KeyResultResource;
import com.emeraldokr.core.rest.KpiResource;
import com.emeraldokr.core.rest.NotFoundExceptionMapper;
import com.emeraldokr.core.rest.ObjectiveResource;
import com.emeraldokr.core.rest.StepFailedExceptionMapper;
import com.emeraldokr.core.rest.ValidationExceptionMapper;
import com.emeraldokr.core.service.backup.BackupService;
import com.emeraldokr.core.service.issue.IssuePickerService;
import com.emeraldokr.core.service.epic.EpicProgressAdmin;
import com.emeraldokr.core.service.kpi.KpiService;
import com.emeraldokr.core.service.objective.OkrCreationService;
import com.emeraldokr.core.service.report.OkrReportService;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The same REST resources and exception mappers the Jira plugin serves under /rest/emerald/1.0,
 * built by hand with their constructor dependencies.
 */
final class RestApplication {

    private RestApplication() {
    }

    /** The services behind the resources. */
    record Services(CycleService cycles, ObjectiveService objectives, KeyResultService keyResults,
                    OkrReportService reports, OkrCreationService creation,
                    KpiService kpis, BackupService backup,
                    SandboxIssueSetup issueSetup, EpicProgressAdmin epicProgress, IssuePickerService picker) {
    }

    static ResourceConfig create(Services services, Messages messages) {
        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return new ResourceConfig()
                // only what is registered here: no second Jackson provider found through META-INF/services
                .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(new JacksonJsonProvider(json))
                .register(CycleResource.class)
                .register(ObjectiveResource.class)
                .register(KeyResultResource.class)
                .register(GadgetResource.class)
                .register(KpiResource.class)
                .register(BackupResource.class)
                .register(AdminResource.class)
                .register(IssueResource.class)
                .register(new ResourceInstances(services, messages))
                .register(new ValidationExceptionMapper())
                .register(new NotFoundExceptionMapper())
                .register(new ConflictExceptionMapper())
                .register(new ForbiddenExceptionMapper())
                .register(new StepFailedExceptionMapper())
                .register(new JsonProcessingExceptionMapper(messages));
    }

    /**
     * Hands Jersey our resource instances for the registered resource classes. Registering the
     * instances directly works too, but Jersey then logs each as a misconfigured provider
     * (eclipse-ee4j/jersey#3700).
     */
    private static final class ResourceInstances extends AbstractBinder {
        private final Services services;
        private final Messages messages;

        ResourceInstances(Services services, Messages messages) {
            this.services = services;
            this.messages = messages;
        }

        @Override
        protected void configure() {
            bind(new CycleResource(services.cycles())).to(CycleResource.class);
            bind(new ObjectiveResource(services.objectives(), services.creation())).to(ObjectiveResource.class);
            bind(new KeyResultResource(services.keyResults(), services.creation())).to(KeyResultResource.class);
            bind(new GadgetResource(services.reports(), services.kpis(), messages)).to(GadgetResource.class);
            bind(new KpiResource(services.kpis(), messages)).to(KpiResource.class);
            bind(new BackupResource(services.backup())).to(BackupResource.class);
            bind(new AdminResource(services.issueSetup(), services.epicProgress(), messages)).to(AdminResource.class);
            bind(new IssueResource(services.picker())).to(IssueResource.class);
        }
    }
}
