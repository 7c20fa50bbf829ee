package com.emeraldokr.host;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPageTest {

    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 it''s {0}";

    @Test
    void theEmbeddedBundleCannotLeaveItsScriptElementAndReadsBackUnchanged() throws Exception {
        ListResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][]{{"emerald.hostile", HOSTILE}};
            }
        };

        String json = DashboardPage.scriptSafeJson(bundle);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() { }))
                .containsExactly(Map.entry("emerald.hostile", HOSTILE));
    }

    @Test
    void thePageCarriesTheGadgetTitleAndTheWholeEmeraldBundle() {
        String html = new DashboardPage(Locale.ENGLISH, "3.7.1").html();

        assertThat(html).contains("<h2 class=\"dashboard-item-title\" id=\"okr-progress-title\">OKR progress</h2>",
                "\"emerald.gadget.okr.progress.title\":\"OKR progress\"",
                "/static/webjars/jquery/3.7.1/jquery.min.js");
    }
}
