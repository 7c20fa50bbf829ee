package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox issue view over HTTP: which panel each issue gets, and escaping. */
class HostIssuePageTest extends SeededHostTest {

    @Test
    void eachIssueTypeGetsItsPanel() {
        String keyResult = http.get("/browse/OKR-2").text();
        assertThat(keyResult).contains("emerald-keyresult-panel").contains("form class=\"aui emerald-checkin-form\" data-issue-key=\"OKR-2\"")
                .contains("emerald-checkins");
        String objective = http.get("/browse/okr-1").text();
        assertThat(objective).contains("emerald-objective-panel").contains("data-issue-key=\"OKR-5\"")
                .doesNotContain("emerald-checkin-form");
        String story = http.get("/browse/PLAT-2").text();
        assertThat(story).contains("Cache Gradle outputs in the shared bucket").doesNotContain("emerald-issue-panel");
        assertThat(http.get("/browse/NOPE-1").status()).isEqualTo(404);
        assertThat(http.get("/browse/..%2Fstatus").status()).as("no path tricks").isIn(400, 404);
    }

    @Test
    void aKeyResultIssueNotYetTrackedGetsANoteAndSummariesAreEscaped() {
        String key = host.issues().create(new SandboxIssueDirectory.NewIssue("OKR", "Key Result",
                "<script>alert(1)</script> untracked", "new", null, null)).key();
        String page = http.get("/browse/" + key).text();
        assertThat(page).contains("not part of an Emerald OKR yet").doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; untracked");
    }

    @Test
    void theKeyResultPanelNamesItsObjectiveAndAMeasuredOneReadsAsWorkDone() {
        String measured = http.get("/browse/OKR-5").text();
        assertThat(measured).contains("emerald-panel-objective").contains("data-issue-key=\"OKR-1\"")
                .containsPattern("<p class=\"emerald-panel-value\">\\d+ of \\d+ (issues|story points) done</p>")
                .doesNotContainPattern("0\\.\\d{4}");
    }

    @Test
    void theObjectivePanelShowsItsAlignmentParentAndChildren() {
        JsonNode objectives = http.get(API + "/gadgets/okr-progress").body().get("objectives");
        String parent = objectives.get(0).get("issueKey").asText();
        String child = objectives.get(1).get("issueKey").asText();
        assertThat(http.put(API + "/objectives/" + child + "/alignment", "{\"issueKey\":\"" + parent + "\"}").status()).isEqualTo(200);

        String parentPage = http.get("/browse/" + parent).text();
        assertThat(parentPage).contains("<li class=\"emerald-panel-ref\" data-issue-key=\"" + child + "\">")
                .contains("aligns to no other objective");
        String childPage = http.get("/browse/" + child).text();
        assertThat(childPage).contains("<p class=\"emerald-panel-ref emerald-alignment-parent\" data-issue-key=\"" + parent + "\">")
                .contains("No objective aligns to this one yet.");
        http.delete(API + "/objectives/" + child + "/alignment");
    }

    @Test
    void anEpicShowsTheKeyResultsItFeedsAndIsFlaggedWhenItFeedsTwo() {
        String single = http.get("/browse/PLAT-6").text();
        assertThat(single).contains("emerald-epic-panel").contains("<li data-issue-key=\"OKR-5\">")
                .contains("data-objective-key=\"OKR-1\"").doesNotContain("emerald-epic-double");
        assertThat(http.get("/browse/GROW-1").text()).contains("emerald-epic-panel").contains("does not contribute to a key result yet");

        assertThat(http.post(API + "/key-results/OKR-2/epics", "{\"issueKey\":\"PLAT-6\"}").status()).isEqualTo(201);
        try {
            String twice = http.get("/browse/PLAT-6").text();
            assertThat(twice).contains("<li data-issue-key=\"OKR-5\">").contains("<li data-issue-key=\"OKR-2\">")
                    .contains("aui-message aui-message-warning emerald-epic-double").contains("feeds 2 key results");
        } finally {
            http.delete(API + "/key-results/OKR-2/epics/PLAT-6");
        }
        assertThat(http.get("/browse/PLAT-6").text()).doesNotContain("emerald-epic-double");
    }
}
