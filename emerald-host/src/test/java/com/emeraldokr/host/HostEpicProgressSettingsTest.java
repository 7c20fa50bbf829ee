package com.emeraldokr.host;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator switches epic progress from issue count to story points, and it shows at once. */
class HostEpicProgressSettingsTest extends SeededHostTest {

    @Test
    void storyPointsReplaceIssueCountsAndBadSettingsAreRefused() {
        assertThat(http.get(API + "/admin/epic-progress").body().get("measure").asText()).isEqualTo("ISSUE_COUNT");
        assertThat(http.get(API + "/key-results/OKR-5").body().get("percent").asInt()).as("3 of the 7 stories under the epics")
                .isEqualTo(43);

        assertThat(fields(http.put(API + "/admin/epic-progress", "{\"measure\":\"STORY_POINTS\",\"storyPointsField\":\"Severity\"}")))
                .containsExactly("storyPointsField");
        assertThat(fields(http.put(API + "/admin/epic-progress", "{\"measure\":\"STORY_POINTS\",\"storyPointsField\":\"\"}")))
                .containsExactly("storyPointsField");
        assertThat(fields(http.put(API + "/admin/epic-progress", "{\"measure\":\"HOURS\"}"))).containsExactly("measure");

        HostHttp.Reply changed = http.put(API + "/admin/epic-progress",
                "{\"measure\":\"STORY_POINTS\",\"unestimated\":\"EXCLUDE\",\"storyPointsField\":\"Story Points\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("measure").asText()).isEqualTo("STORY_POINTS");
        // done 5 + 3 + 5 of 5 + 3 + 3 + 8 + 5 + 5 points; one spike has no estimate (the epics are no work)
        assertThat(http.get(API + "/key-results/OKR-5").body().get("percent").asInt()).isEqualTo(45);
        assertThat(http.get(API + "/key-results/OKR-5").body().get("completion").get("unestimated")).hasSize(1);
    }
}
