package com.emeraldokr.core.domain.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The word lists the lint matches, kept as data in {@code com/emeraldokr/lint/vocabulary*.properties}
 * so they can be translated without touching the rules.
 */
public record LintVocabulary(List<String> stateWords, List<String> boundPhrases, List<String> recurrencePhrases,
                             List<String> activityWords, List<String> changeWords, List<String> deadlinePhrases,
                             List<String> unitWords) {

    public LintVocabulary {
        stateWords = List.copyOf(stateWords);
        boundPhrases = List.copyOf(boundPhrases);
        recurrencePhrases = List.copyOf(recurrencePhrases);
        activityWords = List.copyOf(activityWords);
        changeWords = List.copyOf(changeWords);
        deadlinePhrases = List.copyOf(deadlinePhrases);
        unitWords = List.copyOf(unitWords);
    }

    /** A vocabulary without unit words. */
    public LintVocabulary(List<String> stateWords, List<String> boundPhrases, List<String> recurrencePhrases,
                          List<String> activityWords, List<String> changeWords, List<String> deadlinePhrases) {
        this(stateWords, boundPhrases, recurrencePhrases, activityWords, changeWords, deadlinePhrases, List.of());
    }

    public static LintVocabulary load(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("com.emeraldokr.lint.vocabulary", locale, LintVocabulary.class.getClassLoader());
        return new LintVocabulary(list(b, "state.words"), list(b, "bound.phrases"), list(b, "recurrence.phrases"),
                list(b, "activity.words"), list(b, "change.words"), list(b, "deadline.phrases"), list(b, "unit.words"));
    }

    private static List<String> list(ResourceBundle bundle, String key) {
        return Arrays.stream(bundle.getString(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether {@code text} contains any of {@code phrases} as whole words, ignoring case. */
    static boolean mentions(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])");
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNumber(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
