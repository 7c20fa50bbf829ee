package com.emeraldokr.api.render;

import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.view.KeyResultView;
import com.emeraldokr.api.view.WorkCompletionView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way Emerald writes numbers into HTML (the scripts' twin is gadget-kit's formatNumber):
 * digits grouped with the bundle's separators (12,500), trailing zeros trimmed, a percent sign right
 * after the number and any other unit after a no-break space. A value is shown with at most two
 * decimals, or with three significant digits below one, so a computed share never shows as a raw
 * fraction such as 0.3333; scores have two decimals, percents none. An ISSUE_COMPLETION key result
 * reads as the work done ("1 of 3 issues done"), never as its share.
 */
public final class ValueFormat {

    static final int MAX_DECIMALS = 2;
    static final MathContext SMALL = new MathContext(3, RoundingMode.HALF_UP);

    private final Messages messages;
    private final String group;
    private final String decimal;

    private ValueFormat(Messages messages) {
        this.messages = messages;
        this.group = separator(messages, "emerald.format.group", ",");
        this.decimal = separator(messages, "emerald.format.decimal", ".");
    }

    /** The formatter for the locale {@code messages} speaks: its separators come from the bundle. */
    public static ValueFormat of(Messages messages) {
        return new ValueFormat(messages);
    }

    private static String separator(Messages messages, String key, String fallback) {
        String value = messages.text(key);
        // a resolver without the key answers with the key itself
        return value == null || value.isEmpty() || value.equals(key) ? fallback : value;
    }

    /** The number grouped and trimmed; empty for null. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = value.abs().compareTo(BigDecimal.ONE) >= 0 || value.signum() == 0
                ? value.setScale(Math.min(Math.max(value.scale(), 0), MAX_DECIMALS), RoundingMode.HALF_UP)
                : value.round(SMALL);
        return grouped(plain(shown));
    }

    /** A number with its unit: {@code 12,500 USD}, {@code 99.5%}. */
    public String withUnit(BigDecimal value, String unit) {
        String number = number(value);
        if (number.isEmpty() || unit == null || unit.isEmpty()) {
            return number;
        }
        return "%".equals(unit) ? number + "%" : number + "\u00A0" + unit;
    }

    /** A score on the 0–1 scale with exactly two decimals: {@code 0.70}. */
    public String score(BigDecimal score) {
        return score == null ? "" : grouped(score.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** A whole percent: {@code 42%}. */
    public String percent(int percent) {
        return grouped(Integer.toString(percent)) + "%";
    }

    /**
     * What a key result stands at, in words: "30% of 50%" for the kinds people check in, the work
     * done under the linked epics ("1 of 3 issues done") for an ISSUE_COMPLETION key result, and a
     * note when such a key result has no linked epics yet.
     */
    public String keyResultValue(KeyResultView kr) {
        if ("ISSUE_COMPLETION".equals(kr.kind())) {
            WorkCompletionView completion = kr.completion();
            if (completion == null) {
                return messages.text("emerald.value.completion.none");
            }
            return completion(completion.measure(), completion.done(), completion.total());
        }
        return messages.text("emerald.gadget.keyresult.value", withUnit(kr.current(), kr.unit()), withUnit(kr.target(), kr.unit()));
    }

    /** Where a key result stands now: its current value with unit, or for ISSUE_COMPLETION the work done. */
    public String current(KeyResultView kr) {
        if ("ISSUE_COMPLETION".equals(kr.kind())) {
            return keyResultValue(kr);
        }
        return withUnit(kr.current(), kr.unit());
    }

    /** "1 of 3 issues done" or "5 of 8 story points done". */
    public String completion(String measure, BigDecimal done, BigDecimal total) {
        return "STORY_POINTS".equals(measure)
                ? messages.text("emerald.panel.epics.summary.STORY_POINTS", number(done), number(total))
                : messages.text("emerald.panel.epics.summary.ISSUE_COUNT", number(done), number(total));
    }

    private static String plain(BigDecimal value) {
        BigDecimal trimmed = value.stripTrailingZeros();
        return trimmed.scale() < 0 ? trimmed.setScale(0).toPlainString() : trimmed.toPlainString();
    }

    private String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1);
        StringBuilder out = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimal).append(fraction);
        }
        return (negative ? "-" : "") + out;
    }
}
