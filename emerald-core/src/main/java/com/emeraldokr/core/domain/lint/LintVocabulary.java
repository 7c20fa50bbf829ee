package com.emeraldokr.core.domain.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

    /**
     * Whether {@code text} contains any of {@code phrases} as whole words, ignoring case: a match may not
     * touch a letter or number on either side. Plain searching rather than a regular expression per
     * phrase, as the cycle overview lints every key result of a cycle on each read.
     */
    static boolean mentions(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            String wanted = phrase.toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                int end = at + wanted.length();
                boolean startsWord = at == 0 || !isWordPart(lower.codePointBefore(at));
                boolean endsWord = end == lower.length() || !isWordPart(lower.codePointAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A letter or a number of any script: what {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isWordPart(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static boolean hasNumber(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
