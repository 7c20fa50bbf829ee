package com.emeraldokr.api.view;

import java.util.List;

/**
 * The key results an epic feeds ("contributes to" links), each with its objective, as the user may
 * see them. {@code linkedKeyResults} counts every key result the epic feeds, seen or not: two or more
 * means the epic's work counts more than once.
 */
public record EpicContributionsView(String epicKey, List<Contribution> keyResults, int linkedKeyResults) {

    public record Contribution(KeyResultView keyResult, ObjectiveRefView objective) {
    }
}
