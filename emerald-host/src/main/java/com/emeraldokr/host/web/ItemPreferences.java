package com.emeraldokr.host.web;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Preferences of the host dashboard's items, stored in the database so a configuration survives a
 * reload and a restart. Values are short strings, as Jira's dashboard-item preferences are.
 */
public final class ItemPreferences {

    public static final List<String> ITEMS = List.of("okr-progress", "kpi-health", "cycle-overview", "key-result-trend");
    static final int MAX_ENTRIES = 10;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;
    private final Map<String, Map<String, String>> defaults;

    public ItemPreferences(ActiveObjects ao, Map<String, Map<String, String>> defaults) {
        this.ao = ao;
        this.defaults = Map.copyOf(defaults);
    }

    /** Every item's preferences (the defaults where nothing is saved), keyed by item. */
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        ITEMS.forEach(item -> all.put(item, defaults.getOrDefault(item, Map.of())));
        for (ItemPreferencesEntity row : ao.find(ItemPreferencesEntity.class)) {
            all.put(row.getItemKey(), parse(row.getPreferences()));
        }
        return all;
    }

    /** Saves an item's preferences; refuses unknown items and anything that is not a small map of strings. */
    public void save(String item, String json) {
        if (!ITEMS.contains(item)) {
            throw new IllegalArgumentException("no dashboard item " + item);
        }
        Map<String, String> values = parse(json);
        if (values.size() > MAX_ENTRIES || values.entrySet().stream().anyMatch(e -> !NAME.matcher(e.getKey()).matches()
                || e.getValue() == null || e.getValue().length() > MAX_VALUE_LENGTH)) {
            throw new IllegalArgumentException("preferences must be at most " + MAX_ENTRIES + " names with values of at most "
                    + MAX_VALUE_LENGTH + " characters");
        }
        String stored = write(values);
        ao.executeInTransaction(() -> {
            ItemPreferencesEntity[] rows = ao.find(ItemPreferencesEntity.class, Query.select().where("ITEM_KEY = ?", item));
            if (rows.length == 0) {
                ao.create(ItemPreferencesEntity.class, new DBParam("ITEM_KEY", item), new DBParam("PREFERENCES", stored));
            } else {
                rows[0].setPreferences(stored);
                rows[0].save();
            }
            return null;
        });
    }

    private static Map<String, String> parse(String json) {
        try {
            Map<String, String> values = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
            if (values == null) {
                throw new IllegalArgumentException("preferences must be a JSON object");
            }
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("preferences must be a JSON object of strings: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
