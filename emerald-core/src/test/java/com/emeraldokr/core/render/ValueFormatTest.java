package com.emeraldokr.core.render;

import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.i18n.Messages;
import com.emeraldokr.api.render.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The one server-side number formatter: grouping, units, percent, negatives, scale and rounding. */
class ValueFormatTest {

    private final ValueFormat format = ValueFormat.of(new BundleMessages(Locale.ENGLISH));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12500|12,500",
            "12500.00|12,500",
            "1234567.5|1,234,567.5",
            "999|999",
            "1000|1,000",
            "-1234.5|-1,234.5",
            "-0.5|-0.5",
            "0|0",
            "0.000|0",
            "1E+3|1,000",
            "2.50|2.5",
            "99.955|99.96",
            "3.41666666|3.42",
            "0.3333|0.333",
            "0.0005|0.0005",
            "0.12345|0.123"})
    void groupsTrimsAndRounds(String value, String expected) {
        assertThat(format.number(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void unitsFollowTheNumberAndPercentSitsRightAfterIt() {
        assertThat(format.withUnit(new BigDecimal("12500"), "USD")).isEqualTo("12,500\u00A0USD");
        assertThat(format.withUnit(new BigDecimal("99.50"), "%")).isEqualTo("99.5%");
        assertThat(format.withUnit(new BigDecimal("-3"), "ms")).isEqualTo("-3\u00A0ms");
        assertThat(format.withUnit(new BigDecimal("7"), "")).isEqualTo("7");
        assertThat(format.withUnit(new BigDecimal("7"), null)).isEqualTo("7");
        assertThat(format.withUnit(null, "%")).isEmpty();
    }

    @Test
    void scoresHaveTwoDecimalsAndPercentsNone() {
        assertThat(format.score(new BigDecimal("0.7"))).isEqualTo("0.70");
        assertThat(format.score(new BigDecimal("0.456"))).isEqualTo("0.46");
        assertThat(format.score(BigDecimal.ONE)).isEqualTo("1.00");
        assertThat(format.percent(42)).isEqualTo("42%");
        assertThat(format.percent(1200)).isEqualTo("1,200%");
    }

    @Test
    void theSeparatorsComeFromTheBundle() {
        Messages german = (key, args) -> switch (key) {
            case "emerald.format.group" -> ".";
            case "emerald.format.decimal" -> ",";
            default -> key;
        };
        assertThat(ValueFormat.of(german).number(new BigDecimal("12500.25"))).isEqualTo("12.500,25");
        Messages none = (key, args) -> key;
        assertThat(ValueFormat.of(none).number(new BigDecimal("12500.25"))).as("a resolver without the keys").isEqualTo("12,500.25");
    }

    @Test
    void completionReadsAsWorkDone() {
        assertThat(format.completion("ISSUE_COUNT", BigDecimal.ONE, new BigDecimal("3"))).isEqualTo("1 of 3 issues done");
        assertThat(format.completion("STORY_POINTS", new BigDecimal("1250"), new BigDecimal("2000.0")))
                .isEqualTo("1,250 of 2,000 story points done");
    }
}
