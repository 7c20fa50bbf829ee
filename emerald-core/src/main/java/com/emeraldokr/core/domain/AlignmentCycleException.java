package com.emeraldokr.core.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Objectives aligned in a loop (A counts towards B which counts towards A): no roll-up is possible. */
public class AlignmentCycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Long> loop;

    public AlignmentCycleException(List<Long> loop) {
        super("objectives are aligned in a loop: " + loop.stream().map(String::valueOf).collect(Collectors.joining(" -> ")));
        this.loop = List.copyOf(loop);
    }

    /** The objective ids of the loop, first and last the same. */
    public List<Long> loop() {
        return loop;
    }
}
