package com.emeraldokr.core.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolls progress up an alignment tree: an objective's progress is the weighted mean of its key
 * results and of the child objectives that contribute to it (their own roll-ups). Loops are refused.
 */
public final class AlignmentRollup {

    private final Map<Long, ObjectiveNode> nodes;
    private final Map<Long, Progress> done = new HashMap<>();

    public AlignmentRollup(Map<Long, ObjectiveNode> nodes) {
        this.nodes = Map.copyOf(nodes);
    }

    /** Checks the whole forest for loops at once, so a bad link is refused before it is saved. */
    public void requireNoLoops() {
        for (Long id : nodes.keySet()) {
            progressOf(id);
        }
    }

    public Progress progressOf(long objectiveId) {
        return progressOf(objectiveId, new LinkedHashSet<>());
    }

    private Progress progressOf(long id, LinkedHashSet<Long> path) {
        Progress known = done.get(id);
        if (known != null) {
            return known;
        }
        if (!path.add(id)) {
            List<Long> loop = new ArrayList<>();
            boolean inLoop = false;
            for (Long step : path) {
                inLoop |= step == id;
                if (inLoop) {
                    loop.add(step);
                }
            }
            loop.add(id);
            throw new AlignmentCycleException(loop);
        }
        ObjectiveNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("objective " + id + " is not in this alignment tree");
        }
        List<WeightedMean.Part> parts = new ArrayList<>();
        for (KeyResult kr : node.keyResults()) {
            parts.add(new WeightedMean.Part(kr.progress(), kr.weight()));
        }
        for (ObjectiveNode.Contribution child : node.children()) {
            parts.add(new WeightedMean.Part(progressOf(child.childId(), path), child.weight()));
        }
        path.remove(id);
        Progress result = WeightedMean.of(parts);
        done.put(id, result);
        return result;
    }

    /** The ids reachable below {@code objectiveId}, for showing a tree; loops are refused. */
    public Set<Long> descendantsOf(long objectiveId) {
        progressOf(objectiveId);
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> queue = new ArrayList<>(List.of(objectiveId));
        while (!queue.isEmpty()) {
            ObjectiveNode node = nodes.get(queue.remove(0));
            for (ObjectiveNode.Contribution c : node.children()) {
                if (seen.add(c.childId())) {
                    queue.add(c.childId());
                }
            }
        }
        return seen;
    }
}
