package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

// Mirrors com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (Platform 7, as in Confluence 9.1.1; unchanged in Bamboo 10): com.atlassian.scheduler.JobRunnerResponse (final class, private constructor, static factories, run outcome and message).
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }
}
