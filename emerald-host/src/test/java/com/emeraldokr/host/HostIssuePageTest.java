package com.emeraldokr.host;

import com.emeraldokr.host.sandbox.SandboxIssueDirectory;
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
}
