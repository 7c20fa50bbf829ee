package com.emeraldokr.api.request;

import java.math.BigDecimal;

/** Request to record a KPI's value for a period. */
public record NewMeasurement(BigDecimal value, String note) {
}
