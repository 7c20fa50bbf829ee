package com.emeraldokr.core.rest;

import java.util.List;

/**
 * Every class of Emerald's REST API in one place. The host registers exactly these; the Jira jar
 * check fails when a class here is missing from the jar's REST package or a resource or provider
 * there is missing here. A new endpoint or provider is added to this list and nowhere else.
 */
public final class RestResources {

    /** The root resource classes, each with its {@code @Path}. */
    public static final List<Class<?>> RESOURCES = List.of(
            CycleResource.class,
            ObjectiveResource.class,
            KeyResultResource.class,
            GadgetResource.class,
            KpiResource.class,
            BackupResource.class,
            AdminResource.class,
            IssueResource.class);

    /** The JSON mapping and the exception mappers that give every error Emerald's error body. */
    public static final List<Class<?>> PROVIDERS = List.of(
            ObjectMapperResolver.class,
            ValidationExceptionMapper.class,
            NotFoundExceptionMapper.class,
            ConflictExceptionMapper.class,
            ForbiddenExceptionMapper.class,
            StepFailedExceptionMapper.class,
            JsonProcessingExceptionMapper.class,
            WebApplicationExceptionMapper.class,
            UnexpectedExceptionMapper.class);

    private RestResources() {
    }
}
