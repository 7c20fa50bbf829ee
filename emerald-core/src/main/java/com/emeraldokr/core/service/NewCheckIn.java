package com.emeraldokr.core.service;

import java.math.BigDecimal;

/** Request to record a key result's current value. */
public record NewCheckIn(BigDecimal value, Integer confidence, String note) {
}
