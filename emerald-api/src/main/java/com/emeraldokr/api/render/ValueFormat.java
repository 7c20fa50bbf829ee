package com.emeraldokr.api.render;

import java.math.BigDecimal;

/** Numbers with their unit, as Emerald writes them everywhere: a percent sign right after the number. */
public final class ValueFormat {

    private ValueFormat() {
    }

    public static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        if (unit == null || unit.isEmpty()) {
            return number;
        }
        return "%".equals(unit) ? number + "%" : number + "\u00A0" + unit;
    }
}
