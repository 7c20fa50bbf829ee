package com.emeraldokr.core.domain.kpi;

import com.emeraldokr.api.request.KpiCategoryNames;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The Confluence macro checks its category parameter against the API's list, which must be the domain's. */
class KpiCategoryNamesTest {

    @Test
    void theApiListsExactlyTheDomainsCategories() {
        assertThat(KpiCategoryNames.ALL).containsExactlyElementsOf(Arrays.stream(KpiCategory.values()).map(Enum::name).toList());
        assertThat(KpiCategoryNames.isKnown("CUSTOMER")).isTrue();
        assertThat(KpiCategoryNames.isKnown("customer")).isFalse();
    }
}
