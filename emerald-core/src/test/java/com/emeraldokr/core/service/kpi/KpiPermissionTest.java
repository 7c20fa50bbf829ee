package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.error.ForbiddenException;
import com.emeraldokr.api.error.NotFoundException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.request.NewMeasurement;
import com.emeraldokr.api.view.KpiViews;
import com.emeraldokr.core.domain.kpi.Cadence;
import com.emeraldokr.core.domain.kpi.IndicatorTiming;
import com.emeraldokr.core.domain.kpi.KpiCategory;
import com.emeraldokr.core.domain.kpi.KpiDefinition;
import com.emeraldokr.core.domain.kpi.KpiDirection;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiThresholds;
import com.emeraldokr.core.port.CurrentUser;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.ProposalStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Who may change and see KPIs: administrators everything, project administrators their projects' KPIs. */
class KpiPermissionTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

    private final KpiStore store = mock(KpiStore.class);
    private final Permissions permissions = mock(Permissions.class);
    private final CurrentUser user = () -> Optional.of("alice");
    private final KpiService service = new KpiService(store, user, new BundleMessages(Locale.ENGLISH),
            Clock.fixed(NOW, ZoneOffset.UTC), permissions, mock(KpiSourceReader.class),
            new com.emeraldokr.core.service.InMemorySettingsStore(), mock(ProposalStore.class), mock(IssueDirectory.class));

    private static NewKpi kpi(String projectKey) {
        return new NewKpi("Uptime", "", "%", "HIGHER_IS_BETTER", new BigDecimal("99.9"), null, null, null, null, null,
                "MONTHLY", "OPERATIONAL", "LAGGING", projectKey, null, 1);
    }

    private static KpiRecord stored(long id, String projectKey, String owner) {
        KpiDefinition d = new KpiDefinition("Uptime " + id, "%", KpiDirection.HIGHER_IS_BETTER, new BigDecimal("99.9"), null, null,
                KpiThresholds.DEFAULTS, Cadence.MONTHLY, KpiCategory.OPERATIONAL, IndicatorTiming.LAGGING, null);
        return new KpiRecord(id, new KpiDraft(d, "", owner, projectKey), false, 1);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void emptyHistory() {
        when(store.measurements(anyCollection(), any())).thenAnswer(i -> {
            Map<Long, List<KpiMeasurement>> none = new HashMap<>();
            ((Collection<Long>) i.getArgument(0)).forEach(id -> none.put(id, List.of()));
            return none;
        });
        when(store.create(any())).thenAnswer(i -> new KpiRecord(9, i.getArgument(0), false, 1));
    }

    @Test
    void onlyAdministratorsCreateCompanyWideKpis() {
        assertThatThrownBy(() -> service.create(kpi(null))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Jira administrators");
        verify(store, never()).create(any());

        when(permissions.isAdministrator()).thenReturn(true);
        assertThat(service.create(kpi(null)).name()).isEqualTo("Uptime");
    }

    @Test
    void projectAdministratorsCreateTheirProjectsKpisOnly() {
        when(permissions.administersProject("PLAT")).thenReturn(true);
        assertThat(service.create(kpi("PLAT")).projectKey()).isEqualTo("PLAT");
        assertThatThrownBy(() -> service.create(kpi("GROW"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("GROW");
    }

    @Test
    void movingAKpiToAnotherProjectNeedsBothProjects() {
        when(store.find(1)).thenReturn(Optional.of(stored(1, "PLAT", "bob")));
        when(permissions.browsesProject(anyString())).thenReturn(true);
        when(permissions.administersProject("PLAT")).thenReturn(true);
        assertThatThrownBy(() -> service.update(1, kpi("GROW"))).isInstanceOf(ForbiddenException.class);
        verify(store, never()).update(anyLong(), anyInt(), any(), any());

        when(store.archive(1, 1, "alice")).thenReturn(stored(1, "PLAT", "bob"));
        service.archive(1, 1);
        verify(store).archive(1, 1, "alice");
    }

    @Test
    void theOwnerRecordsValuesOthersNeedTheEditRight() {
        when(permissions.browsesProject("PLAT")).thenReturn(true);
        when(store.find(1)).thenReturn(Optional.of(stored(1, "PLAT", "alice")));
        when(store.find(2)).thenReturn(Optional.of(stored(2, "PLAT", "bob")));
        NewMeasurement value = new NewMeasurement(new BigDecimal("99.95"), "");

        assertThat(service.record(1, "2026-10", value).created()).isFalse();
        verify(store).record(eq(1L), any(), any(), eq("MANUAL"), eq(""), eq("alice"));
        assertThatThrownBy(() -> service.record(2, "2026-10", value)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("PLAT");
        verify(store, never()).record(eq(2L), any(), any(), any(), any(), any());
    }

    @Test
    void kpisOfProjectsTheUserCannotBrowseAreAbsent() {
        when(permissions.isAdministrator()).thenReturn(true);
        when(permissions.browsesProject("PLAT")).thenReturn(true);
        when(store.find(3)).thenReturn(Optional.of(stored(3, "SECRET", "bob")));
        when(store.list(isNull(), anyBoolean())).thenReturn(List.of(stored(1, null, "bob"), stored(2, "PLAT", "bob"),
                stored(3, "SECRET", "bob"), stored(4, "SECRET", "bob")));

        assertThat(service.list(null, null, false)).extracting(KpiViews.KpiView::id).containsExactly(1L, 2L);
        verify(permissions, times(1)).browsesProject("SECRET");
        assertThatThrownBy(() -> service.get(3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.purge(3, "Uptime 3")).as("even for an administrator")
                .isInstanceOf(NotFoundException.class);
    }
}
