package com.emeraldokr.core.domain.kpi;

/** Leading indicators move before the outcome; lagging ones report it afterwards. */
public enum IndicatorTiming {
    LEADING, LAGGING
}
