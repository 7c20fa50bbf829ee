package com.emeraldokr.core.service.settings;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.OkrSettingsDocument;
import com.emeraldokr.core.domain.CheckInCadence;
import com.emeraldokr.core.domain.OkrSettings;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.service.InMemorySettingsStore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Month;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SettingsServiceTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final Permissions permissions = mock(Permissions.class);
    private final SettingsService service = new SettingsService(store, permissions, () -> Optional.of("admin"),
            new BundleMessages(Locale.ENGLISH));

    private static OkrSettingsDocument only(String field, Object value) {
        return new OkrSettingsDocument(
                field.equals("gradeYellowFrom") ? (BigDecimal) value : null,
                field.equals("gradeGreenFrom") ? (BigDecimal) value : null,
                field.equals("onTrackFrom") ? (BigDecimal) value : null,
                field.equals("atRiskFrom") ? (BigDecimal) value : null,
                field.equals("statusMode") ? (String) value : null,
                field.equals("fiscalYearStartMonth") ? (Integer) value : null,
                field.equals("defaultCadence") ? (String) value : null,
                null,
                field.equals("alignmentRollup") ? (Boolean) value : null,
                field.equals("timeZone") ? (String) value : null);
    }

    private void refusedNaming(OkrSettingsDocument request, String... fields) {
        OkrSettings before = store.load();
        assertThatThrownBy(() -> service.change(request)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
        assertThat(store.load()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theDefaultsUntilAnAdministratorSaves() {
        when(permissions.isAdministrator()).thenReturn(true);
        OkrSettingsDocument d = service.current();
        assertThat(d.gradeYellowFrom()).isEqualByComparingTo("0.4");
        assertThat(d.gradeGreenFrom()).isEqualByComparingTo("0.7");
        assertThat(d.onTrackFrom()).isEqualByComparingTo("0.9");
        assertThat(d.atRiskFrom()).isEqualByComparingTo("0.6");
        assertThat(d.fiscalYearStartMonth()).isEqualTo(1);
        assertThat(d.defaultCadence()).isEqualTo("WEEKLY");
        assertThat(d.alignmentRollup()).isTrue();
        assertThat(d.timeZone()).isEqualTo("Z");
    }

    @Test
    void onlyAdministratorsReadOrChangeTheSettings() {
        when(permissions.isAdministrator()).thenReturn(false);
        assertThatThrownBy(service::current).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.change(only("timeZone", "Europe/Berlin"))).isInstanceOf(ForbiddenException.class);
        assertThat(store.load()).isEqualTo(OkrSettings.DEFAULTS);
    }

    @Test
    void aChangeKeepsTheFieldsLeftOutAndRecordsWhoSavedIt() {
        when(permissions.isAdministrator()).thenReturn(true);
        service.change(new OkrSettingsDocument(new BigDecimal("0.3"), new BigDecimal("0.8"), null, null, "weighted_progress", 4,
                "biweekly", Map.of("plat", "MONTHLY"), false, "Europe/Berlin"));
        OkrSettingsDocument after = service.change(only("onTrackFrom", new BigDecimal("0.95")));

        OkrSettings s = store.load();
        assertThat(s.grades().yellowFrom()).isEqualByComparingTo("0.3");
        assertThat(s.status().onTrack()).isEqualByComparingTo("0.95");
        assertThat(s.status().atRisk()).isEqualByComparingTo("0.6");
        assertThat(s.fiscalYearStart()).isEqualTo(Month.APRIL);
        assertThat(s.defaultCadence()).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(s.teamCadences()).containsExactly(Map.entry("PLAT", CheckInCadence.MONTHLY));
        assertThat(s.alignmentRollup()).isFalse();
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(after.statusMode()).isEqualTo("WEIGHTED_PROGRESS");
        assertThat(store.lastAuthor()).isEqualTo("admin");
    }

    @Test
    void badValuesAreRefusedNamingTheirField() {
        when(permissions.isAdministrator()).thenReturn(true);
        refusedNaming(only("gradeYellowFrom", new BigDecimal("1.2")), "gradeYellowFrom");
        refusedNaming(only("gradeYellowFrom", BigDecimal.ZERO), "gradeYellowFrom");
        refusedNaming(only("gradeYellowFrom", new BigDecimal("0.8")), "gradeGreenFrom");
        refusedNaming(only("atRiskFrom", new BigDecimal("0.95")), "onTrackFrom");
        refusedNaming(only("onTrackFrom", new BigDecimal("-0.1")), "onTrackFrom");
        refusedNaming(only("statusMode", "BEST"), "statusMode");
        refusedNaming(only("fiscalYearStartMonth", 13), "fiscalYearStartMonth");
        refusedNaming(only("defaultCadence", "DAILY"), "defaultCadence");
        refusedNaming(only("timeZone", "Mars/Olympus"), "timeZone");
        refusedNaming(new OkrSettingsDocument(null, null, null, null, null, null, null, Map.of("no key", "WEEKLY"), null, null),
                "teamCadences.no key");
        refusedNaming(new OkrSettingsDocument(null, null, null, null, null, 0, "HOURLY", null, null, "x"),
                "fiscalYearStartMonth", "defaultCadence", "timeZone");
    }
}
