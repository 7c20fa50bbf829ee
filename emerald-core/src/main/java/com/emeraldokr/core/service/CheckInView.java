package com.emeraldokr.core.service;

import com.emeraldokr.core.domain.CheckIn;

import java.math.BigDecimal;

/** One check-in as REST shows it; {@code at} is ISO-8601 UTC. */
public record CheckInView(String at, BigDecimal value, int confidence, String note, String author) {

    static CheckInView of(CheckIn c) {
        return new CheckInView(c.at().toString(), c.value(), c.confidence(), c.note(), c.author());
    }
}
