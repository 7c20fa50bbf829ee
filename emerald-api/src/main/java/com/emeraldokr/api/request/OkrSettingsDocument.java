package com.emeraldokr.api.request;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The administrator's OKR settings as {@code GET} and {@code PUT /settings} carry them. Scores (0 to 1)
 * turn yellow from {@code gradeYellowFrom} and green from {@code gradeGreenFrom}; status compares
 * progress with the progress the elapsed cycle expects: on track from {@code onTrackFrom}, at risk
 * from {@code atRiskFrom} of it. {@code statusMode} WORST_KEY_RESULT or WEIGHTED_PROGRESS;
 * {@code fiscalYearStartMonth} 1 to 12; cadences WEEKLY, BIWEEKLY or MONTHLY, {@code teamCadences} by
 * project key; {@code alignmentRollup} whether aligned child objectives count towards their parent;
 * {@code timeZone} an IANA zone such as Europe/Berlin. In a {@code PUT} a field left out keeps its value.
 */
public record OkrSettingsDocument(BigDecimal gradeYellowFrom, BigDecimal gradeGreenFrom, BigDecimal onTrackFrom,
                                  BigDecimal atRiskFrom, String statusMode, Integer fiscalYearStartMonth,
                                  String defaultCadence, Map<String, String> teamCadences, Boolean alignmentRollup,
                                  String timeZone) {
}
