package com.emeraldokr.api.request;

import java.util.List;

/**
 * The KPI categories a request may name. Core's domain enum is the source of truth; a test in core
 * keeps this list equal to it, so a client (the Confluence macro) can check a parameter without the domain.
 */
public final class KpiCategoryNames {

    public static final List<String> ALL = List.of("FINANCIAL", "OPERATIONAL", "PEOPLE", "CUSTOMER");

    private KpiCategoryNames() {
    }

    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }
}
