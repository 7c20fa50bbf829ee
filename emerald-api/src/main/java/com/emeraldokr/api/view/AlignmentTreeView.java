package com.emeraldokr.api.view;

import java.util.List;

/**
 * A cycle's whole alignment tree in one response: the objectives that align to no objective the user
 * sees in the cycle are the roots, each with the objectives aligned to it nested below.
 * {@code alignmentRollup} says whether child objectives count towards their parent's progress and
 * status (an administrator's setting). {@code cycle} is null when there is no cycle to show.
 */
public record AlignmentTreeView(CycleView cycle, boolean alignmentRollup, List<Node> roots) {

    /** One objective (as every other read shows it) and the objectives aligned to it. */
    public record Node(ObjectiveView objective, List<Node> children) {
    }
}
