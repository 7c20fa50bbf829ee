package com.emeraldokr.core.domain.kpi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiAssessorTest {

    static KpiDefinition kpi(KpiDirection direction, String target, String low, String high, Cadence cadence) {
        return new KpiDefinition("Uptime", "%", direction, target == null ? null : new BigDecimal(target),
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high),
                KpiThresholds.DEFAULTS, cadence, KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null);
    }

    private static KpiHealth health(KpiDefinition kpi, String value) {
        return KpiAssessor.health(kpi, Optional.of(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "higher is better, target 100 with a 10 % band, value {0} is {1}")
    @CsvSource({"100, HEALTHY", "150, HEALTHY", "99.99, WARNING", "90, WARNING", "89.99, UNHEALTHY", "-5, UNHEALTHY"})
    void higherIsBetterIsHealthyAtTheTargetAndWarnsInsideTheBand(String value, KpiHealth expected) {
        assertThat(health(kpi(KpiDirection.HIGHER_IS_BETTER, "100", null, null, Cadence.MONTHLY), value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better, target 6 h with a 10 % band, value {0} is {1}")
    @CsvSource({"6, HEALTHY", "2, HEALTHY", "0, HEALTHY", "6.6, WARNING", "6.61, UNHEALTHY"})
    void lowerIsBetterIsHealthyAtOrBelowTheTarget(String value, KpiHealth expected) {
        assertThat(health(kpi(KpiDirection.LOWER_IS_BETTER, "6", null, null, Cadence.MONTHLY), value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "within 40..60 with a band of 10 % of the width, value {0} is {1}")
    @CsvSource({"40, HEALTHY", "60, HEALTHY", "50, HEALTHY", "62, WARNING", "38, WARNING", "62.01, UNHEALTHY", "100, UNHEALTHY"})
    void withinRangeWarnsJustOutsideTheRange(String value, KpiHealth expected) {
        assertThat(health(kpi(KpiDirection.WITHIN_RANGE, null, "40", "60", Cadence.MONTHLY), value)).isEqualTo(expected);
    }

    private static KpiDefinition withBand(KpiDirection direction, String target, KpiThresholds band) {
        return new KpiDefinition("Sev-1 incidents", "", direction, new BigDecimal(target), null, null, band,
                Cadence.MONTHLY, KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null);
    }

    @ParameterizedTest(name = "zero sev-1 incidents, one tolerated: {0} is {1}")
    @CsvSource({"0, HEALTHY", "1, WARNING", "2, UNHEALTHY"})
    void aZeroTargetWorksWithAnAbsoluteBand(String value, KpiHealth expected) {
        assertThat(health(withBand(KpiDirection.LOWER_IS_BETTER, "0", KpiThresholds.absolute("1")), value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "net margin at least 0, 2 points tolerated: {0} is {1}")
    @CsvSource({"0, HEALTHY", "3.5, HEALTHY", "-2, WARNING", "-2.01, UNHEALTHY"})
    void aMarginOfAtLeastZeroWorks(String value, KpiHealth expected) {
        assertThat(health(withBand(KpiDirection.HIGHER_IS_BETTER, "0", KpiThresholds.absolute("2")), value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "NPS target -10 with a 20 % band (2 points): {0} is {1}")
    @CsvSource({"-10, HEALTHY", "40, HEALTHY", "-12, WARNING", "-12.5, UNHEALTHY", "-100, UNHEALTHY"})
    void aNegativeTargetUsesTheMagnitudeForARelativeBand(String value, KpiHealth expected) {
        assertThat(health(withBand(KpiDirection.HIGHER_IS_BETTER, "-10", KpiThresholds.relative("0.2")), value)).isEqualTo(expected);
    }

    @Test
    void aRelativeBandAroundZeroIsZeroWide() {
        KpiDefinition zero = withBand(KpiDirection.LOWER_IS_BETTER, "0", KpiThresholds.relative("0.5"));
        assertThat(health(zero, "0")).isEqualTo(KpiHealth.HEALTHY);
        assertThat(health(zero, "0.01")).isEqualTo(KpiHealth.UNHEALTHY);
    }

    @Test
    void ratioThresholdsOfOlderVersionsKeepTheirUnhealthyEdge() {
        KpiDefinition higher = withBand(KpiDirection.HIGHER_IS_BETTER, "100",
                KpiThresholds.fromRatioThresholds(KpiDirection.HIGHER_IS_BETTER, new BigDecimal("0.7")));
        assertThat(health(higher, "70")).isEqualTo(KpiHealth.WARNING);
        assertThat(health(higher, "69.99")).isEqualTo(KpiHealth.UNHEALTHY);
        KpiDefinition lower = withBand(KpiDirection.LOWER_IS_BETTER, "7",
                KpiThresholds.fromRatioThresholds(KpiDirection.LOWER_IS_BETTER, new BigDecimal("0.7")));
        assertThat(health(lower, "10")).as("7 / 10 = 0.7 was watch").isEqualTo(KpiHealth.WARNING);
        assertThat(health(lower, "10.01")).isEqualTo(KpiHealth.UNHEALTHY);
    }

    @Test
    void aHealthyKpiWorseningForNPeriodsRaisesAnEarlyWarning() {
        KpiDefinition uptime = kpi(KpiDirection.HIGHER_IS_BETTER, "100", null, null, Cadence.MONTHLY);
        // June to October: 120, 118, 115, 110, 104 — healthy all along, but each month worse
        List<KpiMeasurement> sliding = monthly("120", "118", "115", "110", "104");
        assertThat(KpiAssessor.earlyWarning(uptime, sliding, Period.parse("2026-10"))).isTrue();
        assertThat(KpiAssessor.earlyWarning(uptime, sliding, Period.parse("2026-09")))
                .as("three worse months need four measured ones").isTrue();
        assertThat(KpiAssessor.earlyWarning(uptime, sliding, Period.parse("2026-08"))).isFalse();
        assertThat(KpiAssessor.earlyWarning(uptime, monthly("120", "118", "119", "110", "104"), Period.parse("2026-10")))
                .as("a better month in the run breaks it").isFalse();
        assertThat(KpiAssessor.earlyWarning(uptime, monthly("120", "118", "115", "110", "99"), Period.parse("2026-10")))
                .as("a warning is no longer an early one").isFalse();
    }

    @Test
    void noMeasurementIsNoDataNeverHealthy() {
        KpiDefinition uptime = kpi(KpiDirection.HIGHER_IS_BETTER, "99.5", null, null, Cadence.WEEKLY);
        assertThat(KpiAssessor.health(uptime, Optional.empty())).isEqualTo(KpiHealth.NO_DATA);
        assertThat(KpiAssessor.current(uptime, List.of(), LocalDate.of(2026, 11, 22)).health()).isEqualTo(KpiHealth.NO_DATA);
    }

    @Test
    void currentHealthFallsBackOnePeriodThenReportsSilence() {
        KpiDefinition uptime = kpi(KpiDirection.HIGHER_IS_BETTER, "100", null, null, Cadence.MONTHLY);
        List<KpiMeasurement> october = List.of(new KpiMeasurement(Period.parse("2026-10"), new BigDecimal("100")));
        assertThat(KpiAssessor.current(uptime, october, LocalDate.of(2026, 11, 22)).period().key()).isEqualTo("2026-10");
        assertThat(KpiAssessor.current(uptime, october, LocalDate.of(2026, 11, 22)).health()).isEqualTo(KpiHealth.HEALTHY);
        assertThat(KpiAssessor.current(uptime, october, LocalDate.of(2026, 12, 2)).health()).isEqualTo(KpiHealth.NO_DATA);
    }

    @Test
    void historyListsEveryPeriodOldestFirstWithGaps() {
        KpiDefinition kpi = kpi(KpiDirection.HIGHER_IS_BETTER, "100", null, null, Cadence.MONTHLY);
        List<PeriodHealth> h = KpiAssessor.history(kpi, List.of(new KpiMeasurement(Period.parse("2026-09"), new BigDecimal("50")),
                new KpiMeasurement(Period.parse("2026-11"), new BigDecimal("105"))), Period.parse("2026-11"), 3);
        assertThat(h).extracting(p -> p.period().key()).containsExactly("2026-09", "2026-10", "2026-11");
        assertThat(h).extracting(PeriodHealth::health).containsExactly(KpiHealth.UNHEALTHY, KpiHealth.NO_DATA, KpiHealth.HEALTHY);
    }

    private static List<KpiMeasurement> monthly(String... values) {
        List<KpiMeasurement> ms = new ArrayList<>();
        Period p = Period.parse("2026-06");
        for (String v : values) {
            ms.add(new KpiMeasurement(p, new BigDecimal(v)));
            p = p.next();
        }
        return ms;
    }

    @Test
    void trendIsJudgedAgainstThePreferredDirection() {
        KpiAssessor assessor = KpiAssessor.withDefaults();
        Period last = Period.parse("2026-11");
        KpiDefinition higher = kpi(KpiDirection.HIGHER_IS_BETTER, "100", null, null, Cadence.MONTHLY);
        KpiDefinition lower = kpi(KpiDirection.LOWER_IS_BETTER, "6", null, null, Cadence.MONTHLY);
        KpiDefinition range = kpi(KpiDirection.WITHIN_RANGE, null, "40", "60", Cadence.MONTHLY);
        assertThat(assessor.trend(higher, monthly("80", "84", "88", "92", "96", "99"), last, 6).direction())
                .isEqualTo(KpiTrend.Direction.IMPROVING);
        assertThat(assessor.trend(lower, monthly("80", "84", "88", "92", "96", "99"), last, 6).direction())
                .isEqualTo(KpiTrend.Direction.WORSENING);
        assertThat(assessor.trend(higher, monthly("90", "90.1", "89.9", "90", "90.05", "90"), last, 6).direction())
                .isEqualTo(KpiTrend.Direction.FLAT);
        assertThat(assessor.trend(range, monthly("90", "80", "70", "65", "61", "60"), last, 6).direction())
                .isEqualTo(KpiTrend.Direction.IMPROVING);
        assertThat(assessor.trend(higher, monthly("80"), last, 6).direction()).isEqualTo(KpiTrend.Direction.UNKNOWN);
        assertThat(assessor.trend(higher, monthly("80", "84", "88", "92", "96", "99"), last, 6).slopePerPeriod()).isBetween(3.0, 4.0);
    }

    @Test
    void definitionsRefuseTargetsAndRangesThatCannotBeJudged() {
        assertThatThrownBy(() -> new KpiThresholds(KpiThresholds.Tolerance.ABSOLUTE, new BigDecimal("-1"), 3))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new KpiThresholds(KpiThresholds.Tolerance.ABSOLUTE, BigDecimal.ONE, 0))
                .hasMessageContaining("early warning");
        assertThatThrownBy(() -> kpi(KpiDirection.WITHIN_RANGE, null, "60", "40", Cadence.MONTHLY)).hasMessageContaining("upside down");
        assertThatThrownBy(() -> KpiAssessor.history(kpi(KpiDirection.HIGHER_IS_BETTER, "1", null, null, Cadence.MONTHLY),
                List.of(new KpiMeasurement(Period.parse("2026-W01"), BigDecimal.ONE)), Period.parse("2026-11"), 1))
                .hasMessageContaining("does not fit");
    }
}
