package com.emeraldokr.core.service.kpi;

import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.error.ValidationException;
import com.emeraldokr.api.i18n.BundleMessages;
import com.emeraldokr.api.request.NewKpi;
import com.emeraldokr.api.view.KpiViews;
import com.emeraldokr.core.domain.kpi.KpiMeasurement;
import com.emeraldokr.core.domain.kpi.KpiSource;
import com.emeraldokr.core.port.IssueDirectory;
import com.emeraldokr.core.port.KpiDraft;
import com.emeraldokr.core.port.KpiRecord;
import com.emeraldokr.core.port.KpiSourceReader;
import com.emeraldokr.core.port.KpiStore;
import com.emeraldokr.core.port.Permissions;
import com.emeraldokr.core.port.ProposalStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

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
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A KPI's JQL source is checked by the product's parser when it is saved, and shown back. */
class KpiSourceValidationTest {

    private final KpiStore store = mock(KpiStore.class);
    private final KpiSourceReader reader = mock(KpiSourceReader.class);
    private final Permissions permissions = mock(Permissions.class);
    private final KpiService service = new KpiService(store, () -> Optional.of("alice"), new BundleMessages(Locale.ENGLISH),
            Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC), permissions, reader,
            new com.emeraldokr.core.service.InMemorySettingsStore(), mock(ProposalStore.class), mock(IssueDirectory.class));

    private static NewKpi kpi(NewKpi.Source source) {
        return new NewKpi("Open bugs", "", "bugs", "LOWER_IS_BETTER", new BigDecimal("5"), null, null, null, null, null,
                "WEEKLY", "OPERATIONAL", "LEADING", "PLAT", null, null, source);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void allowed() {
        when(permissions.isAdministrator()).thenReturn(true);
        when(permissions.browsesProject(any())).thenReturn(true);
        when(store.create(any())).thenAnswer(i -> new KpiRecord(9, i.getArgument(0), false, 1));
        when(store.measurements(anyCollection(), any())).thenAnswer(i -> {
            Map<Long, List<KpiMeasurement>> none = new HashMap<>();
            ((Collection<Long>) i.getArgument(0)).forEach(id -> none.put(id, List.of()));
            return none;
        });
    }

    @Test
    void theParsersComplaintIsTheFieldError() {
        when(reader.problems(any())).thenReturn(List.of("Field 'asignee' does not exist."));
        assertThatThrownBy(() -> service.create(kpi(new NewKpi.Source("asignee = bob", "COUNT", null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("source.jql");
                    assertThat(err.message()).contains("Field 'asignee' does not exist.");
                }));
        verify(store, never()).create(any());
    }

    @Test
    void aggregatesOverAFieldNeedTheField() {
        assertThatThrownBy(() -> service.create(kpi(new NewKpi.Source("project = PLAT", "SUM", " "))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("source.field"));
        assertThatThrownBy(() -> service.create(kpi(new NewKpi.Source("", "MEDIAN", null))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("source.jql", "source.aggregate"));
        verify(reader, never()).problems(any());
    }

    @Test
    void aValidSourceIsStoredAndShown() {
        when(reader.problems(any())).thenReturn(List.of());
        KpiViews.KpiView view = service.create(kpi(new NewKpi.Source("  project = PLAT AND type = Bug ", "average", "Story Points")));

        ArgumentCaptor<KpiDraft> stored = ArgumentCaptor.forClass(KpiDraft.class);
        verify(store).create(stored.capture());
        assertThat(stored.getValue().source()).isEqualTo(new KpiSource("project = PLAT AND type = Bug",
                KpiSource.Aggregate.AVERAGE, "Story Points"));
        assertThat(view.source()).isEqualTo(new NewKpi.Source("project = PLAT AND type = Bug", "AVERAGE", "Story Points"));
    }

    @Test
    void aKpiWithoutSourceIsRecordedByPeople() {
        KpiViews.KpiView view = service.create(kpi(null));
        assertThat(view.source()).isNull();
        verify(reader, never()).problems(any());
    }
}
