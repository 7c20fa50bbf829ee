package com.emeraldokr.core.domain;

import java.util.Map;

/** The roll-up of an objective and the assessment of each of its key results, by issue id. */
public record ObjectiveAssessment(Assessment overall, Map<Long, Assessment> keyResults) {

    public ObjectiveAssessment {
        keyResults = Map.copyOf(keyResults);
    }

    public Assessment keyResult(long issueId) {
        Assessment a = keyResults.get(issueId);
        if (a == null) {
            throw new IllegalArgumentException("no key result " + issueId + " in this assessment");
        }
        return a;
    }

}
