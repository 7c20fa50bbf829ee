package com.emeraldokr.api.view;


import java.math.BigDecimal;

/** One check-in as REST shows it; {@code at} is ISO-8601 UTC. */
public record CheckInView(String at, BigDecimal value, int confidence, String note, String author) {
}
