package com.emeraldokr.core.dashboard;

import java.util.List;

/**
 * Emerald's dashboard items in one list, in their order on the host's dashboard. The Jira jar check
 * compares the descriptor's {@code <dashboard-item>} modules with it and the host renders exactly
 * these, so a new item is added here and in the descriptor, and a miss fails a test.
 */
public final class DashboardItems {

    /**
     * One dashboard item.
     *
     * @param key            the {@code <dashboard-item key>} and the item's element id on the host
     * @param titleKey       i18n key of the title
     * @param descriptionKey i18n key of the description in Jira's gadget directory
     * @param amdModule      the AMD module the item's script defines
     * @param script         the script's file name under {@code emerald-web/}
     * @param restPath       the REST read that renders it, relative to {@code /rest/emerald/1.0/}
     */
    public record DashboardItem(String key, String titleKey, String descriptionKey, String amdModule, String script,
                                String restPath) {

        /** The script's class path location, as the Jira web resource and the host serve it. */
        public String scriptResource() {
            return WEB_RESOURCES + script;
        }
    }

    /** Where the gadgets' web resources live on the class path. */
    public static final String WEB_RESOURCES = "emerald-web/";

    public static final List<DashboardItem> ITEMS = List.of(
            item("okr-progress", "emerald.gadget.okr.progress"),
            item("kpi-health", "emerald.gadget.kpi.health"),
            item("key-result-trend", "emerald.gadget.trend"),
            item("cycle-overview", "emerald.gadget.overview"));

    private DashboardItems() {
    }

    private static DashboardItem item(String key, String i18nPrefix) {
        return new DashboardItem(key, i18nPrefix + ".title", i18nPrefix + ".description", "emerald/" + key + "-gadget",
                key + "-gadget.js", "gadgets/" + key);
    }
}
