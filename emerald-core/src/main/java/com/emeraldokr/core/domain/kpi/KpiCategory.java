package com.emeraldokr.core.domain.kpi;

/** The four usual families of business health metrics. */
public enum KpiCategory {
    FINANCIAL, OPERATIONAL, PEOPLE, CUSTOMER
}
