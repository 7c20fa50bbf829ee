package com.emeraldokr.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JQL of the issue picker: the words the user typed as a text search in summaries (the last one
 * as a prefix), or the key when the text is one, restricted to an issue type. The user's text only
 * ever appears inside a quoted JQL string, with quotes and backslashes escaped, and stripped of the
 * characters Jira's text search reserves, so no input can change the query's structure.
 */
final class IssuePickerJql {

    /** What a Jira issue key looks like: a project key, a dash, a number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");
    /** Characters Jira's text search (Lucene) gives a meaning to; they separate words in summaries anyway. */
    private static final Pattern TEXT_RESERVED = Pattern.compile("[+\\-&|!(){}\\[\\]^~*?\\\\:\"/'.,;]");

    private IssuePickerJql() {
    }

    /**
     * The query, or empty when the text holds neither a word nor a key. {@code typeClause} is a
     * complete JQL clause on the issue type, or null for any type.
     */
    static Optional<String> of(String text, String typeClause) {
        List<String> matches = new ArrayList<>();
        String words = TEXT_RESERVED.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (!words.isEmpty()) {
            matches.add("summary ~ " + quoted(words + "*"));
        }
        key(text).ifPresent(key -> matches.add("key = " + quoted(key)));
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        String match = matches.size() == 1 ? matches.get(0) : "(" + String.join(" OR ", matches) + ")";
        return Optional.of(match + (typeClause == null ? "" : " AND " + typeClause) + " ORDER BY updated DESC");
    }

    /** The text as an issue key, when it is one. */
    static Optional<String> key(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        return ISSUE_KEY.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** The clause on an issue type by its id: a bare number, as Jira matches ids (a quoted value is read as a name first). */
    static String typeId(String id) {
        return "issuetype = " + (id.matches("[0-9]{1,18}") ? id : quoted(id));
    }

    /** A JQL string literal: double quotes around, backslashes and double quotes escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
