package com.emeraldokr.api.request;

import java.math.BigDecimal;

/** Request to edit a key result's target and weight, based on the version the editor loaded. */
public record UpdateKeyResult(String kind, BigDecimal start, BigDecimal target, BigDecimal upper, String unit,
                              BigDecimal weight, Integer version) {
}
